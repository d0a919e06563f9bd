/** /api/rules.json: the rules module's parameters and benefit catalog (format: src/rules/rules-json.ts). */
import type { APIRoute } from 'astro';
import { buildRulesJson } from '../../rules/rules-json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildRulesJson(), null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
