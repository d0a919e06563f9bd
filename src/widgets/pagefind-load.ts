/**
 * Pagefind for the search page: one instance per page, started while the search island hydrates, and ready as soon
 * as it can search, without waiting for Pagefind's own 50 ms polling.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (q: string) => Promise<unknown>;
  search: (q: string) => Promise<PagefindSearch>;
}

/**
 * Pagefind's options beside noWorker and metaCacheTag. termSimilarity 3 (default 1): a result whose matching word is
 * the query itself (世赛) counts more than one where it is only the start of a longer word (世赛金牌 …), so the article
 * indexed with a name (src/lib/search-names.ts) beats pages that only mention longer words beginning with it.
 * test/browser/search-ranking.test.ts holds the result for 40+ queries.
 */
export const pagefindOptions = { ranking: { termSimilarity: 3 } };

const PAGEFIND_URL = '/pagefind/pagefind.js';
const READY_PROBES = 10;
const READY_PROBE_GAP_MS = 5;

/**
 * Resolves once Pagefind's WebAssembly and metadata are in. Pagefind makes every call wait for that by checking every
 * 50 ms (its getPtr), so a search started while it loads waits up to 50 ms longer than it needs to. Preloads started
 * 5 ms apart: the first to find it ready resolves this no more than 5 ms late, and has begun loading the index
 * chunks for `warmQuery`. (A later search finds it ready and does not wait at all.)
 */
function pagefindReady(pf: Pagefind, warmQuery: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = () => {
      settled = true;
      resolve();
    };
    const fail = (e: unknown) => {
      settled = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    for (let i = 0; i < READY_PROBES; i++) {
      setTimeout(() => {
        if (!settled) pf.preload(warmQuery).then(done, fail);
      }, i * READY_PROBE_GAP_MS);
    }
  });
}

let pagefindLoad: Promise<Pagefind> | undefined;

/**
 * One Pagefind per page, ready to search (see pagefindReady), with the index chunks for `warmQuery` on their way.
 * `indexTag` changes with every build: Pagefind asks for pagefind-entry.json?ts=<indexTag>, the URL search.astro
 * preloads (Pagefind's default is a new timestamp on every load, which no preload can match). In the main thread
 * (noWorker): a worker would fetch and start a second script first. Later calls get the same Pagefind.
 */
export function loadPagefind(indexTag: string, warmQuery: string): Promise<Pagefind> {
  pagefindLoad ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
    await pf.options({ ...pagefindOptions, noWorker: true, metaCacheTag: indexTag });
    await pf.init();
    await pagefindReady(pf, warmQuery);
    return pf;
  });
  return pagefindLoad;
}

/**
 * Probe terms that together fall in every chunk of the index: Pagefind splits its index into chunks by ranges of
 * sorted terms, and preload() loads the chunks of each term of its query. One CJK character every 512 code points of
 * the CJK block, and the digits and Latin letters. test/browser/search-warm.test.ts checks that preloading them
 * fetches every chunk the build wrote.
 */
const CHUNK_PROBES = [
  ...'0123456789abcdefghijklmnopqrstuvwxyz',
  ...Array.from({ length: (0x9fff - 0x4e00) / 512 + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i * 512)),
].join(' ');

/** A word on every article page (the measure's name for itself), for the practice search. */
const PRACTICE_QUERY = '办法';

/**
 * Loads (fetches and decodes) every index chunk while the page is idle, so the reader's first query waits only for
 * its result fragments: on a 2-core machine decoding the chunk a query needs took longer than anything else between
 * the keystroke and the first result.
 */
export function warmIndexWhenIdle(pf: Pagefind): void {
  // then one practice search and its first fragment: the first search() of a page took about 45 ms and the first
  // fragment decode as long again (compiling and first use), the next ones 2 ms each (scripts/search-trace.mjs)
  const warm = () =>
    void pf
      .preload(CHUNK_PROBES)
      .then(() => pf.search(PRACTICE_QUERY))
      .then((s) => s.results[0]?.data())
      .catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
}
