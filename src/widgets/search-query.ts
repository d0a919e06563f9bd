/**
 * The search page's place in the URL: `?q=` (the query the header form sends). A query is never invalid, only
 * normalised, so this is a plain function rather than a zod schema: zod/mini was 5 KB (gzip) on /search/'s first load,
 * on the way to the first result, for one string.
 */

/** Longer queries are cut: no policy term is near this long, and Pagefind's work grows with the query. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The query from a location's search string (`?q=…`, as in window.location.search): control characters (a pasted tab
 * or newline) become spaces, trimmed, at most MAX_QUERY_LENGTH characters; '' when there is none.
 */
export function readSearchQuery(search: string): string {
  const raw = new URLSearchParams(search).get('q') ?? '';
  return Array.from(raw.replace(/\p{Cc}/gu, ' ').trim())
    .slice(0, MAX_QUERY_LENGTH)
    .join('')
    .trim();
}
