/** /og/N.png: the share card of article N (1200×630), rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMeasureArticles, type MeasureEntry } from '../../lib/articles';
import { articleShareCard } from '../../lib/share';
import { renderShareImage } from '../../lib/share-image';

export const getStaticPaths = (async () => {
  const entries = await getMeasureArticles();
  return entries.map((entry) => ({ params: { n: String(entry.data.article) }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: MeasureEntry }> = async ({ props }) => {
  const png = await renderShareImage(articleShareCard(props.entry.data));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
