/**
 * A tag of this build's search index: Pagefind asks for pagefind-entry.json?ts=<tag> (its metaCacheTag option), so the
 * pages can preload that very URL (src/pages/search.astro, and the header search's template in SiteHeader.astro), and
 * a new build's entry file is never taken for an older one's from a cache. One value for the whole build (this module
 * is evaluated once), so /search/ and the header search of every page ask for the same URL, and share its cached copy.
 */
export const searchIndexTag = Date.now().toString(36);
