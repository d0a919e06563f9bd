/** /icons/<name>.png: the home-screen icons of the manifest, drawn from public/favicon.svg (src/lib/app-manifest.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, appIconPng, type AppIcon } from '../../lib/app-manifest';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) =>
  new Response(appIconPng(props.icon) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
