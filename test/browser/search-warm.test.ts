/**
 * /search/ fetches the whole Pagefind index and every result fragment while idle (prefetch links written by
 * scripts/search-preloads.mjs), before anything is typed, and Pagefind loads every index chunk from the cache at the
 * reader's first move (warmOnIntent in src/widgets/pagefind-load.ts: its CHUNK_PROBES reach them all): typing 技师
 * then asks for no index chunk, and takes its fragments from the cache, none from the network.
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
  it('fetches every chunk and fragment ahead, loads every chunk at the first move; 技师 then uses the cache', async () => {
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
      await page.goto(`${site().origin}/search/`);
      await waitForIslands(page);
      await expect.poll(() => [...new Set(loaded.map((l) => l.path))].sort(), { timeout: 15_000 }).toEqual(wanted);
      expect(loaded.every((l) => !l.cached)).toBe(true); // each fetched once from the network, ahead
      const ahead = loaded.length;
      await page.focus('#search-q'); // the reader's first move
      const chunksAfter = () => [...new Set(loaded.slice(ahead).map((l) => l.path))].filter((p) => chunks.includes(p));
      await expect.poll(() => chunksAfter().sort(), { timeout: 15_000 }).toEqual(chunks);
      expect(loaded.slice(ahead).filter((l) => !l.cached)).toEqual([]);
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
