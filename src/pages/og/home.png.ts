/** /og/home.png: the share card of the home page and of every page without its own (1200×630). */
import type { APIRoute } from 'astro';
import { homeShareCard } from '../../lib/share';
import { renderShareImage } from '../../lib/share-image';

export const GET: APIRoute = async () => {
  const png = await renderShareImage(homeShareCard);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
