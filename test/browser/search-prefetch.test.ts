/**
 * The header search fetches ahead (src/scripts/reading-mode.js): when the reader puts the cursor in the header's search
 * field, the browser prefetches what /search/ preloads (its scripts, Pagefind, its WebAssembly), so after Enter the
 * search page takes them from the prefetch cache instead of the network. Nothing is fetched before the field is used.
 */
import { describe, expect, it } from 'vitest';
import { expectClean, openPage, useSite } from './harness';

const site = useSite();

interface Loaded {
  path: string;
  /** where the page that asked got it: the network, or the prefetch/disk cache */
  cached: boolean;
  document: string;
}

describe('header search prefetch', () => {
  it('the field in use prefetches /search/’s files; after Enter /search/ takes them from the cache', async () => {
    const opened = await openPage(site(), { httpCache: true });
    const { page, log } = opened;
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      const loaded: Loaded[] = [];
      cdp.on('Network.responseReceived', (e) => {
        const url = new URL(e.response.url);
        loaded.push({
          path: url.pathname,
          cached: Boolean(e.response.fromPrefetchCache || e.response.fromDiskCache),
          document: new URL(page.url()).pathname,
        });
      });
      await page.goto(`${site().origin}/measure/2/`);
      const before = loaded.length;
      expect(loaded.filter((l) => l.path.startsWith('/pagefind/'))).toEqual([]);

      await page.focus('#header-q');
      // what /search/ preloads, read from the built page
      await expect
        .poll(() => loaded.slice(before).map((l) => l.path))
        .toEqual(
          expect.arrayContaining([
            '/search/',
            '/pagefind/pagefind.js',
            '/pagefind/wasm.unknown.pagefind',
            expect.stringMatching(/^\/_astro\/SearchIsland\.astro_astro_type_script/),
          ]),
        );
      const prefetched = loaded.slice(before).filter((l) => /^\/(_astro|pagefind)\//.test(l.path));
      expect(prefetched.every((l) => !l.cached)).toBe(true);

      const atSearch = loaded.length;
      await page.fill('#header-q', '技师');
      await page.press('#header-q', 'Enter');
      await page.waitForSelector('.search-results li a');
      const onSearch = loaded.slice(atSearch);
      for (const p of prefetched) {
        const again = onSearch.filter((l) => l.path === p.path);
        expect(again.length, `${p.path} used by /search/`).toBeGreaterThan(0);
        expect(
          again.every((l) => l.cached),
          `${p.path} came from the cache`,
        ).toBe(true);
      }
      expectClean(log);
    } finally {
      await opened.close();
    }
  });
});
