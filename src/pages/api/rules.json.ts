/** /api/rules.json: the rules module's parameters and benefit catalog (format: src/rules/rules-json.ts). */
import type { APIRoute } from 'astro';
import { buildRulesJson } from '../../rules';

import { buildDate, siteVersion } from '../../lib/build-info';

// the site's edition first (a quote can be matched to what the site said that day), then the rules' data
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ siteVersion, buildDate, ...buildRulesJson() }, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
