/** /manifest.webmanifest: the web app manifest (src/lib/app-manifest.ts), so the site can be added to a home screen. */
import type { APIRoute } from 'astro';
import { appManifest } from '../lib/app-manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(appManifest(), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
