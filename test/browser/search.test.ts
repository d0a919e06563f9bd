/**
 * Search in the browser: /search/ preloads exactly the Pagefind files Pagefind then asks for (a mismatched preload
 * would be fetched twice), at once with ?q= and only once the reader shows up without it, the first results are drawn and then all of them, results follow typing and the query
 * stays in the URL, ?q= is read trimmed and cut to 100 characters, a hostile ?q= is shown as text, and the common
 * terms find their article near the top. (Keyboard-only header search: a11y.test.ts.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, expectClean, openPage, useSite, waitForIslands } from './harness';
import { cspViolations, recordCspViolations } from './audit';

const site = useSite();

/** Every request the page makes under /pagefind/ and /_astro/, by path and query. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^\/(pagefind|_astro)\//.test(url.pathname)) requests.push(url.pathname + url.search);
  });
  return requests;
}

async function preloadsOf(page: Page): Promise<{ pagefind: string[]; modules: string[] }> {
  const hrefs = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (links) =>
    links.map((l) => l.getAttribute('href') ?? ''),
  );
  return {
    pagefind: hrefs.filter((h) => h.startsWith('/pagefind/')),
    modules: hrefs.filter((h) => !h.startsWith('/pagefind/')),
  };
}

/** Each preloaded file was fetched once: Pagefind and the modules took the preloaded copy instead of fetching again. */
function expectEachFetchedOnce(requests: string[], hrefs: string[]): void {
  for (const href of hrefs)
    expect(
      requests.filter((r) => r === href),
      href,
    ).toHaveLength(1);
}

describe('/search/', () => {
  it('with ?q=技师: preloads what Pagefind asks for, draws the first results and then all of them', async () => {
    const opened = await openPage(site());
    const { page } = opened;
    await recordCspViolations(page.context());
    const requests = recordRequests(page);
    try {
      await page.goto(`${site().origin}/search/?q=${encodeURIComponent('技师')}`);
      const preloads = await preloadsOf(page);
      expect(preloads.modules.length).toBeGreaterThan(0);
      expect(preloads.modules.every((h) => /^\/_astro\/[\w.-]+\.js$/.test(h))).toBe(true);
      expect(preloads.pagefind).toHaveLength(4);
      expect(preloads.pagefind).toContain('/pagefind/pagefind.js');
      // added after Pagefind has run (scripts/search-preloads.ts)
      expect(preloads.pagefind.some((h) => /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(h))).toBe(true);
      expect(preloads.pagefind.some((h) => /^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-z]+$/.test(h))).toBe(true);
      expect(preloads.pagefind.some((h) => /^\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(h))).toBe(true);

      await page.waitForSelector('.search-results li a[href^="/measure/"]');
      const status = (await page.textContent('.search-status')) ?? '';
      const total = Number(/找到 (\d+) 个相关页面/.exec(status)?.[1]);
      expect(total).toBeGreaterThan(5);
      await expect.poll(() => page.locator('.search-results li').count()).toBe(Math.min(total, 20));

      // results drawn: Pagefind has loaded its script, entry and WebAssembly, each from the preloaded copy
      expectEachFetchedOnce(requests, [...preloads.pagefind, ...preloads.modules]);
      expect(requests.filter((r) => r.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1);
      expect(requests.some((r) => r.endsWith('-worker.js'))).toBe(false); // Pagefind runs in the main thread
      expect(await cspViolations(page)).toEqual([]);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('without ?q=: nothing of the search loads with the page; typing shows results and keeps the query in the URL', async () => {
    const opened = await openPage(site());
    const { page } = opened;
    const requests = recordRequests(page);
    try {
      await page.goto(`${site().origin}/search/`, { waitUntil: 'networkidle' });
      await waitForIslands(page);
      expect(await page.inputValue('#search-q')).toBe('');
      expect(await page.locator('.search-results li').count()).toBe(0);
      // Pagefind and its files wait for the reader (SearchPage.tsx): not one request, not one link yet
      expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
      expect((await preloadsOf(page)).pagefind).toEqual([]);
      await page.fill('#search-q', '金蓝领');
      await page.waitForSelector('.search-results li a[href*="/measure/9/"]');
      expect(new URL(page.url()).searchParams.get('q')).toBe('金蓝领');
      // the cursor in the field brought them: the same four preloads, each fetched once
      const preloads = await preloadsOf(page);
      expect(preloads.pagefind).toHaveLength(4);
      expectEachFetchedOnce(requests, preloads.pagefind);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('reads ?q= trimmed and cut to 100 characters, and keeps the typed field to the same length', async () => {
    const opened = await openPage(site());
    const { page } = opened;
    try {
      const long = '技师'.repeat(60);
      await page.goto(`${site().origin}/search/?q=${encodeURIComponent(`  ${long}  `)}`);
      await waitForIslands(page);
      await expect.poll(() => page.inputValue('#search-q')).toBe(long.slice(0, 100));
      expect(await page.getAttribute('#search-q', 'maxlength')).toBe('100');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(long.slice(0, 100));
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('a search with no result says so and suggests the full text', async () => {
    const opened = await openPage(site());
    try {
      await opened.page.goto(`${site().origin}/search/?q=${encodeURIComponent('咖啡')}`);
      await opened.page.waitForSelector('text=没有找到');
      expect(await opened.page.locator('.search-status a[href="/measure/"]').count()).toBe(1);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('a hostile ?q= is shown as text, never parsed as HTML', async () => {
    const hostile = '<img src=qqzx onerror="window.__pwned=1"><b>qqzx</b>';
    const opened = await openPage(site());
    const { page } = opened;
    await recordCspViolations(page.context());
    try {
      await page.goto(`${site().origin}/search/?q=${encodeURIComponent(hostile)}`);
      await waitForIslands(page);
      // a function, not a string: the page's CSP forbids string evaluation, and Playwright polls strings with eval
      await page.waitForFunction(() =>
        /没有找到|找到 \d+/.test(document.querySelector('.search-status')?.textContent ?? ''),
      );
      expect(await page.inputValue('#search-q')).toBe(hostile);
      expect(await page.locator('main img, main b').count()).toBe(0);
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      const status = (await page.textContent('.search-status')) ?? '';
      // Pagefind may match a word of it; when nothing is found, the message quotes the query, as text
      if (status.includes('没有找到')) expect(status).toContain(`没有找到与“${hostile}”`);
      else expect(status).toMatch(/找到 \d+ 个相关页面/);
      expect(await cspViolations(page)).toEqual([]);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('with Save-Data: both searches still find, and nothing is prefetched (/search/ and the header)', async () => {
    const allFragments = readdirSync(join(distDir, 'pagefind', 'fragment')).filter((f) => f.endsWith('.pf_fragment'));
    const opened = await openPage(site());
    const { page } = opened;
    await page.context().addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', {
        get: () => ({ saveData: true }),
        configurable: true,
      }),
    );
    const requests = recordRequests(page);
    const prefetches = () => page.locator('link[rel="prefetch"]').count();
    try {
      await page.goto(`${site().origin}/search/`);
      await waitForIslands(page);
      await page.fill('#search-q', '技师');
      await page.waitForSelector('.search-results li a');
      const status = (await page.textContent('.search-status')) ?? '';
      const drawn = Math.min(Number(/找到 (\d+) 个相关页面/.exec(status)?.[1]), 20);
      await expect.poll(() => page.locator('.search-results li').count()).toBe(drawn);
      await page.waitForLoadState('networkidle');
      expect(await prefetches()).toBe(0);
      // only the fragments of the results drawn, not every fragment ahead
      const fragments = new Set(requests.filter((r) => r.startsWith('/pagefind/fragment/')));
      expect(fragments.size).toBeLessThanOrEqual(drawn);
      expect(fragments.size).toBeLessThan(allFragments.length);

      await page.goto(`${site().origin}/measure/2/`);
      await page.focus('#header-q');
      await page.keyboard.insertText('技师');
      await page.waitForSelector('.header-results .search-results li a');
      expect(await prefetches()).toBe(0);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });
});
