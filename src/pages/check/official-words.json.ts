/**
 * /check/official-words.json: the official words of every article that defines a benefit of the catalog (第五条 to
 * 第十七条), by article number, for the checker's result cards (Checker.tsx, OFFICIAL_WORDS_PATH). A file of its own,
 * fetched when a result is first shown, so /check/ itself does not carry them (its byte budget: README.md, Budgets and checks).
 */
import type { APIRoute } from 'astro';
import { officialArticles } from '../../lib/document';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      Object.fromEntries(
        officialArticles.filter((a) => a.number >= 5 && a.number <= 17).map((a) => [a.number, a.text]),
      ),
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
