/**
 * /search/ loads nothing of its search with the page. At the reader's first move Pagefind loads every index chunk
 * (warmOnIntent in src/widgets/pagefind-load.ts: its CHUNK_PROBES reach them all) and the page prefetches every result
 * fragment (links written by scripts/search-preloads.ts), each file once: typing 技师 then asks for no index chunk,
 * and takes its fragments from the cache, none from the network.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, expectCleanLogs, openPage, useSite, waitForIslands } from './harness';

const site = useSite();
const files = (folder: string, ext: string) =>
  readdirSync(join(distDir, 'pagefind', folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => `/pagefind/${folder}/${f}`);
const chunks = files('index', '.pf_index').sort();
const wanted = [...chunks, ...files('fragment', '.pf_fragment')].sort();

describe('/search/ warms the index', () => {
  it('nothing at load; at the first move every chunk and fragment, each once; 技师 then uses the cache', async () => {
    expect(wanted.length).toBeGreaterThan(1);
    const opened = await openPage(site(), { httpCache: true });
    const { page } = opened;
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      const loaded: { path: string; cached: boolean }[] = [];
      cdp.on('Network.responseReceived', (e) => {
        const path = new URL(e.response.url).pathname;
        if (/^\/pagefind\/(index|fragment)\//.test(path))
          loaded.push({ path, cached: Boolean(e.response.fromPrefetchCache || e.response.fromDiskCache) });
      });
      await page.goto(`${site().origin}/search/`, { waitUntil: 'networkidle' });
      await waitForIslands(page);
      expect(loaded).toEqual([]); // nothing while the page loads
      await page.focus('#search-q'); // the reader's first move
      await expect.poll(() => [...new Set(loaded.map((l) => l.path))].sort(), { timeout: 15_000 }).toEqual(wanted);
      await page.waitForLoadState('networkidle');
      // each once, from the network: no prefetch raced Pagefind for the same file
      expect(loaded.map((l) => l.path).sort()).toEqual(wanted);
      expect(loaded.filter((l) => l.cached)).toEqual([]);
      const before = loaded.length;
      await page.keyboard.insertText('技师');
      await page.waitForSelector('.search-results li a', { timeout: 15_000 });
      const during = loaded.slice(before);
      expect(during.length).toBeGreaterThan(0);
      expect(during.filter((l) => chunks.includes(l.path))).toEqual([]);
      expect(during.filter((l) => !l.cached)).toEqual([]);
      expectCleanLogs([opened.log]);
    } finally {
      await opened.close();
    }
  });
});
