/** /api/measure.json: the measure as structured data (format: src/lib/measure-json.ts, documented on /about/). */
import type { APIRoute } from 'astro';
import { buildMeasureJson } from '../../lib/measure-json';
import { articleWords, getMeasureArticles } from '../../lib/articles';

export const GET: APIRoute = async ({ site }) => {
  const entries = await getMeasureArticles();
  const json = buildMeasureJson({
    articleTitles: articleWords(entries),
    site,
  });
  return new Response(JSON.stringify(json, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
