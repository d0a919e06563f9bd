/** /favicon.ico: the site's icon (public/favicon.svg) as an ICO file, made when the site is built (lib/favicon-ico.ts). */
import type { APIRoute } from 'astro';
import { faviconIco } from '../lib/favicon-ico';

export const GET: APIRoute = () =>
  new Response(faviconIco() as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/x-icon' } });
