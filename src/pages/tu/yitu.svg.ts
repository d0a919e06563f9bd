/** /tu/yitu.svg: the 一图读懂 picture as SVG with real text (for print shops), drawn at build time from the rules module. */
import type { APIRoute } from 'astro';
import { tuFiles } from '../../lib/tu-image';

export const GET: APIRoute = async ({ site }) => {
  const { svg } = await tuFiles(site);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
