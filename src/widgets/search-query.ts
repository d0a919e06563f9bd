/**
 * The search page's place in the URL: `?q=` (the query the header form sends), parsed with zod. zod/mini rather than
 * the full zod: /search/ loads nothing else of zod, and the mini build is a fraction of its size.
 */
import { config, z } from 'zod/mini';

// the site's CSP forbids eval: jitless mode before any schema is built (zod probes for eval when an object schema is built)
config({ jitless: true });

/** Longer queries are cut: no policy term is near this long, and Pagefind's work grows with the query. */
export const MAX_QUERY_LENGTH = 100;

/** Control characters (a pasted tab or newline) become spaces; trimmed; at most MAX_QUERY_LENGTH characters. */
const queryText = z.pipe(
  z.string(),
  z.transform((raw) =>
    Array.from(raw.replace(/\p{Cc}/gu, ' ').trim())
      .slice(0, MAX_QUERY_LENGTH)
      .join('')
      .trim(),
  ),
);

/** Only `q` is read; a missing or unusable one is the empty query, never an error. */
const searchQuerySchema = z.object({ q: z.catch(queryText, '') });

/** The query from a location's search string (`?q=…`, as in window.location.search); '' when there is none. */
export function readSearchQuery(search: string): string {
  const params = new URLSearchParams(search);
  return searchQuerySchema.parse({ q: params.get('q') ?? undefined }).q;
}
