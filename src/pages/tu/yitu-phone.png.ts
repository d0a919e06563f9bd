/** /tu/yitu-phone.png: the 一图读懂 picture as a narrower PNG for phones (tu-image.ts, PHONE_PNG_WIDTH). */
import type { APIRoute } from 'astro';
import { tuFiles } from '../../lib/tu-image';

export const GET: APIRoute = async ({ site }) => {
  const { phonePng } = await tuFiles(site);
  return new Response(phonePng, { headers: { 'Content-Type': 'image/png' } });
};
