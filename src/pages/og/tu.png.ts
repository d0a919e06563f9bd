/** /og/tu.png: the share card of /tu/ (1200×630). */
import type { APIRoute } from 'astro';
import { renderShareImage } from '../../lib/share-image';
import { tuShareCard } from '../../lib/tu-facts';

export const GET: APIRoute = async () =>
  new Response(await renderShareImage(tuShareCard()), { headers: { 'Content-Type': 'image/png' } });
