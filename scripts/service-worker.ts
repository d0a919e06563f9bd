// The offline copy of the site: a service worker that Workbox (workbox-build's generateSW) writes from dist/ at build
// time (src/integrations/site-build.ts, after Pagefind and before the headers and the compression). The reading-mode
// script (src/scripts/reading-mode.ts) registers it once the first page has loaded and the browser is idle, or when
// the reader presses 离线保存本站 (with Save-Data or on 2G); what it precaches is CORE below.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW, getManifest, type GenerateSWOptions } from 'workbox-build';
import { OFFLINE_PATH, PRECACHE_SIZE_TOKEN, SW_PATH, VERSION_PATH } from '../src/lib/offline.ts';
import { filesUnder } from './site-dir.ts';

const SW_FILE = SW_PATH.slice(1);
const VERSION_FILE = VERSION_PATH.slice(1);
export const OFFLINE_PAGE = `${OFFLINE_PATH.slice(1)}index.html`;

/**
 * What is saved for offline reading (paths under dist/): every article and the full text, /check/ and its official
 * words, the calculators, glossary, FAQ, guides, /tu/'s text, search and its index, about, the change log and the
 * offline page; the scripts and styles those pages load. Images are cached when first shown (RUNTIME below).
 * /batch/ (its spreadsheet libraries weigh 160 KB gzip), the poster, /examples/, the APIs and feeds are not.
 */
export const CORE = {
  globPatterns: [
    'index.html',
    'measure/**/index.html',
    'check/index.html',
    'check/official-words.json',
    'calculators/**/index.html',
    'glossary/index.html',
    'faq/index.html',
    'guides/**/index.html',
    'tu/index.html',
    'search/index.html',
    'about/index.html',
    'changes/index.html',
    OFFLINE_PAGE,
    '_astro/*.{js,css}',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/*.pf_meta',
    'pagefind/wasm.*.pagefind',
    'pagefind/index/*.pf_index',
    'pagefind/fragment/*.pf_fragment',
    'favicon.svg',
    'manifest.webmanifest',
  ],
  // /batch/'s code and its spreadsheet libraries (README "批量测算")
  globIgnores: ['_astro/batch-*', '_astro/Batch*', '_astro/xlsx-*', '_astro/papaparse*'],
} as const;

const sharedOptions = (dist: string) => ({
  globDirectory: dist,
  ...CORE,
  globPatterns: [...CORE.globPatterns],
  globIgnores: [...CORE.globIgnores],
  // Pagefind's index and WebAssembly are over Workbox's 2 MB default in no case, but the check stays explicit
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // Vite's and Pagefind's hashed names change with their content: no revision query needed
  dontCacheBustURLsMatching: /^\/(_astro\/|pagefind\/(index|fragment)\/)/,
});

/** The files precached, with the bytes a reader downloads for them (gzip, as scripts/static-server.ts sends). */
export async function precacheFiles(dist: string): Promise<{ url: string; gzip: number }[]> {
  const { manifestEntries, warnings } = await getManifest(sharedOptions(dist));
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return manifestEntries.map((e) => ({
    url: e.url,
    gzip: gzipSync(readFileSync(join(dist, e.url)), { level: 9 }).length,
  }));
}

/** "1.2": megabytes (10⁶ bytes), one decimal, as the button says it. */
export const megabytes = (bytes: number): string => (Math.ceil(bytes / 100_000) / 10).toFixed(1);

/**
 * Writes dist/sw.js and dist/site-version.json, after putting the precache's size into the pages (before Workbox
 * hashes them, so each page's revision is of its final text). Returns the files and their bytes.
 */
export async function writeServiceWorker(
  dist: string,
  siteVersion: string,
): Promise<{ files: number; bytes: number; size: string }> {
  const total = async () => (await precacheFiles(dist)).reduce((a, f) => a + f.gzip, 0);
  const pages = filesUnder(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    .filter((p) => p.text.includes(PRECACHE_SIZE_TOKEN));
  // The size is measured with the figure in the pages, as a reader downloads them: the token and the figure compress
  // differently, and at a boundary (0.9 → 1.0 MB) the size of the pages with the token said one figure too few.
  // One or two passes settle it (every figure has the same length); a figure that never settles is an error, not a
  // button that says a size the pages do not weigh.
  let size = megabytes(await total());
  for (let pass = 1; ; pass++) {
    for (const p of pages) writeFileSync(p.file, p.text.replaceAll(PRECACHE_SIZE_TOKEN, size));
    const measured = megabytes(await total());
    if (measured === size) break;
    if (pass === 3) throw new Error(`service worker: the precache size does not settle (${size} / ${measured} MB)`);
    size = measured;
  }
  writeFileSync(join(dist, VERSION_FILE), JSON.stringify({ siteVersion }) + '\n');
  const options: GenerateSWOptions = {
    ...sharedOptions(dist),
    swDest: join(dist, SW_FILE),
    mode: 'production',
    sourcemap: false,
    // one file: the page's CSP and the host's headers then have one script to name
    inlineWorkboxRuntime: true,
    // the new version waits until the reader presses 刷新 in the update banner (the page then reloads on its code)
    skipWaiting: false,
    // the first visit's page is controlled at once, so that its 离线保存 button can say 已保存
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /search/?q=技师 and /check/?a=… are the saved page: their parameters are read in the browser
    ignoreURLParametersMatching: [/./],
    navigationPreload: false,
    runtimeCaching: [
      {
        // a page not saved: the network, else the offline page (never a cached 404: nothing here is cached)
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `/${OFFLINE_PAGE}` } },
      },
      {
        // images on demand, and only a real one (status 200)
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
        handler: 'CacheFirst',
        options: {
          cacheName: 'images',
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 60, purgeOnQuotaError: true },
        },
      },
    ],
  };
  const { count, size: bytes, warnings } = await generateSW(options);
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { files: count, bytes, size };
}
