/**
 * Pagefind for the search page and the header search: one instance per page, started when the reader first shows up on
 * /search/ (or at once when it opens with a query) or first puts the cursor in the header's field, and ready as soon as
 * it can search, without waiting for Pagefind's own 50 ms polling. Also the one search runner both use (searchPages).
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
  filters: () => Promise<unknown>;
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

export const PAGEFIND_URL = '/pagefind/pagefind.js';
const READY_PROBES = 10;
const READY_PROBE_GAP_MS = 5;

/**
 * Resolves once Pagefind's WebAssembly and metadata are in. Pagefind makes every call wait for that by checking every
 * 50 ms (its getPtr), so a search started while it loads waits up to 50 ms longer than it needs to. Probes started
 * 5 ms apart: the first to find it ready resolves this no more than 5 ms late (a later search finds it ready and does
 * not wait at all). The probe is filters(), not preload(''): every search() and preload() first builds a Chinese word
 * segmenter (Intl.Segmenter), whose first construction in a page loads ICU's dictionary, 35–80 ms in one task on
 * the bench machine and four times that in Lighthouse's mobile run; that waits for the reader (warmOnIntent).
 */
function pagefindReady(pf: Pagefind): Promise<void> {
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
        if (!settled) pf.filters().then(done, fail);
      }, i * READY_PROBE_GAP_MS);
    }
  });
}

let pagefindLoad: Promise<Pagefind> | undefined;

/**
 * One Pagefind per page, ready to search (see pagefindReady), with the index chunks for `warmQuery` (if any) on their
 * way.
 * `indexTag` changes with every build: Pagefind asks for pagefind-entry.json?ts=<indexTag>, the URL search.astro
 * preloads (Pagefind's default is a new timestamp on every load, which no preload can match). In the main thread
 * (noWorker): a worker would fetch and start a second script first. Later calls get the same Pagefind.
 */
export function loadPagefind(indexTag: string, warmQuery: string): Promise<Pagefind> {
  pagefindLoad ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
    await pf.options({ ...pagefindOptions, noWorker: true, metaCacheTag: indexTag });
    await pf.init();
    await pagefindReady(pf);
    if (warmQuery) void pf.preload(warmQuery).catch(() => undefined);
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

/** What shows that the reader is about to search: a pointer, a key or the cursor anywhere on the page. */
const INTENT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Loads the dictionary behind Pagefind's Chinese word segmenter: the first Intl.Segmenter for Chinese words built in a
 * page loads ICU's dictionary (35–80 ms in one task on the bench machine), later ones take it from ICU's cache
 * (under 1 ms). Pagefind builds one for every query (see pagefindReady).
 */
export function warmSegmenter(): void {
  if (typeof Intl.Segmenter === 'function')
    new Intl.Segmenter(document.documentElement.lang || 'zh-CN', { granularity: 'word' }).segment('技师');
}

/** A word on every article page (the measure's name for itself), for the practice search. */
const PRACTICE_QUERY = '办法';

/**
 * Starts Pagefind (`start`) and gets it ready for the reader's first query at the reader's first sign of life on the
 * page (a pointer, a key, the cursor in a field), not while the page loads: Pagefind's script, WebAssembly and
 * metadata, the word segmenter's dictionary (warmSegmenter), every index chunk loaded (each decoded in a task of its
 * own), then `indexLoaded` (/search/ prefetches the result fragments then, SearchPage.tsx) and one practice search
 * (the first search() of a page is the slow one: compiling and first use). The practice search asks for no fragment:
 * it would race the prefetch of the same file. Done at load, this was most of Lighthouse's total blocking time on
 * /search/ (1.2 s in the mobile run, score 78); done when the reader shows up, it is over before the first word is
 * typed, and the reader's query waits for the network no more.
 */
export function warmOnIntent(start: () => Promise<Pagefind>, indexLoaded: () => void): void {
  let started = false;
  const warm = () => {
    if (started) return;
    started = true;
    for (const type of INTENT_EVENTS) document.removeEventListener(type, warm, true);
    const loading = start();
    // each step in a task of its own, so a keystroke in between is handled at once
    setTimeout(warmSegmenter, 0);
    void loading
      .then((pf) =>
        pf.preload(CHUNK_PROBES).then(() => {
          indexLoaded();
          return pf.search(PRACTICE_QUERY);
        }),
      )
      .catch(() => undefined);
  };
  for (const type of INTENT_EVENTS) document.addEventListener(type, warm, { capture: true, passive: true });
  // the cursor may already be in the field
  if (document.activeElement instanceof HTMLInputElement) warm();
}

/** Result fragments requested at once, before the rest: one round of the browser's six connections to a host. */
export const FIRST_DRAWN = 5;

/**
 * One search: calls `onResults` with the results drawn so far (in rank order) as soon as the first has its fragment,
 * and again as more arrive, up to `max`. The first FIRST_DRAWN fragments are requested alone: fetched together with
 * the rest, they would queue behind them (a browser opens about six connections to one HTTP/1.1 server). `current()`
 * turns false once a newer query has started: nothing more is reported then. Rejects if Pagefind fails.
 */
export async function searchPages(
  pf: Pagefind,
  query: string,
  max: number,
  onResults: (total: number, items: PagefindResultData[]) => void,
  current: () => boolean,
): Promise<void> {
  const search = await pf.search(query);
  if (!current()) return;
  const total = search.results.length;
  const shown = search.results.slice(0, max);
  if (shown.length === 0) {
    onResults(total, []);
    return;
  }
  const items: (PagefindResultData | undefined)[] = [];
  let drawn = 0;
  const fetchData = (from: number, to: number) =>
    Promise.all(
      shown.slice(from, to).map((r, k) =>
        r.data().then((d) => {
          items[from + k] = d;
          let n = drawn;
          while (items[n]) n++;
          if (n > drawn && current()) {
            drawn = n;
            onResults(total, items.slice(0, n) as PagefindResultData[]);
          }
        }),
      ),
    );
  await fetchData(0, FIRST_DRAWN);
  if (current() && shown.length > FIRST_DRAWN) await fetchData(FIRST_DRAWN, shown.length);
}
