/** /tu/yitu.png: the 一图读懂 picture as PNG (1080 px wide), drawn at build time from the same SVG. */
import type { APIRoute } from 'astro';
import { tuFiles } from '../../lib/tu-image';

export const GET: APIRoute = async ({ site }) => {
  const { png } = await tuFiles(site);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
