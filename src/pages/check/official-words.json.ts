/**
 * /check/official-words.json: the official words of every article that defines a benefit (第五条 to 第十七条), from
 * the transcript at build time, for the checker's result view (fetched with it, so the first step's page does not carry them).
 */
import type { APIRoute } from 'astro';
import { officialArticles } from '../../lib/document';

export const GET: APIRoute = () => {
  const words = Object.fromEntries(officialArticles.filter((a) => a.number >= 5 && a.number <= 17).map((a) => [a.number, a.text]));
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
