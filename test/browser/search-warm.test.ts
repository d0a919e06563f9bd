/**
 * /search/ loads the whole Pagefind index while the page is idle (warmIndexWhenIdle in src/widgets/pagefind-load.ts),
 * so a query typed later waits only for its result fragments: every index chunk the build wrote is fetched, once,
 * before anything is typed; and typing 技师 then fetches no index chunk.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, expectCleanLogs, openPage, useSite } from './harness';

const site = useSite();
const chunks = readdirSync(join(distDir, 'pagefind', 'index'))
  .filter((f) => f.endsWith('.pf_index'))
  .map((f) => `/pagefind/index/${f}`)
  .sort();

describe('/search/ warms the index', () => {
  it('fetches every index chunk before the reader types, and none when 技师 is typed', async () => {
    expect(chunks.length).toBeGreaterThan(0);
    const opened = await openPage(site());
    const { page } = opened;
    const fetched: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/index/')) fetched.push(path);
    });
    try {
      await page.goto(`${site().origin}/search/`);
      await expect.poll(() => [...new Set(fetched)].sort(), { timeout: 15_000 }).toEqual(chunks);
      const before = fetched.length;
      await page.fill('#search-q', '技师');
      await page.waitForSelector('.search-results li a', { timeout: 15_000 });
      expect(fetched.slice(before)).toEqual([]);
      expect(fetched).toHaveLength(chunks.length); // each once
      expectCleanLogs([opened.log]);
    } finally {
      await opened.close();
    }
  });
});
