/**
 * The search page's loading (issue 7: first search ≤ 300 ms): the Pagefind files /search/ preloads are the ones
 * Pagefind then asks for (an unused preload is a console warning, a mismatched one a second download), no CSP
 * violation with zod/mini parsing ?q=, the first results drawn and then all of them, and ?q= as zod reads it.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './harness';
import { cspViolations, recordCspViolations } from './audit';

const site = useSite();

describe('/search/ loading', () => {
  it('fetches each preloaded Pagefind file once, uses every preload, and draws all results for 技师', async () => {
    const opened = await openPage(site());
    const { page } = opened;
    await recordCspViolations(page.context());
    const pagefindRequests: string[] = [];
    const scriptRequests: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/pagefind/')) pagefindRequests.push(url.pathname + url.search);
      if (url.pathname.startsWith('/_astro/')) scriptRequests.push(url.pathname);
    });
    try {
      await page.goto(`${site().origin}/search/?q=${encodeURIComponent('技师')}`);
      const allPreloads: string[] = await page.$$eval('link[rel="preload"], link[rel="modulepreload"]', (links) =>
        links.map((l) => l.getAttribute('href') ?? ''),
      );
      const preloads = allPreloads.filter((h) => h.startsWith('/pagefind/'));
      // the rest are the modules the page's scripts import (src/integrations/module-preloads.ts)
      const modulePreloads = allPreloads.filter((h) => !h.startsWith('/pagefind/'));
      expect(modulePreloads.length).toBeGreaterThan(0);
      expect(modulePreloads.every((h) => /^\/_astro\/[\w.-]+\.js$/.test(h))).toBe(true);
      expect(preloads).toHaveLength(4);
      expect(preloads).toContain('/pagefind/pagefind.js');
      // added after Pagefind has run (scripts/search-preloads.mjs)
      expect(preloads.some((h) => /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(h))).toBe(true);
      expect(preloads.some((h) => /^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-z]+$/.test(h))).toBe(true);
      expect(preloads.some((h) => /^\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(h))).toBe(true);

      await page.waitForSelector('.search-results li a[href^="/measure/"]', { timeout: 15_000 });
      // the status names how many are listed; all of them arrive after the first ones
      const status = (await page.textContent('.search-status')) ?? '';
      const total = Number(/找到 (\d+) 个相关页面/.exec(status)?.[1]);
      expect(total).toBeGreaterThan(5);
      await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBe(Math.min(total, 20));

      // Chromium reports a preload unused ~3 s after load
      await page.waitForTimeout(3_500);
      for (const href of preloads) expect(pagefindRequests.filter((r) => r === href), href).toHaveLength(1);
      for (const href of modulePreloads) expect(scriptRequests.filter((r) => r === href), href).toHaveLength(1);
      expect(pagefindRequests.filter((r) => r.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1);
      expect(pagefindRequests.some((r) => r.endsWith('-worker.js'))).toBe(false); // Pagefind runs in the main thread
      expect(opened.log.consoleProblems).toEqual([]);
      expect(opened.log.pageErrors).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
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
      await page.waitForSelector('[data-island][data-hydrated]');
      await expect.poll(() => page.inputValue('#search-q')).toBe(long.slice(0, 100));
      expect(await page.getAttribute('#search-q', 'maxlength')).toBe('100');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(long.slice(0, 100));
      expect(opened.log.consoleProblems).toEqual([]);
      expect(opened.log.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('without ?q=, the field is empty and no search runs, yet the preloads are used', async () => {
    const opened = await openPage(site());
    const { page } = opened;
    try {
      await page.goto(`${site().origin}/search/`);
      await page.waitForSelector('[data-island][data-hydrated]');
      await page.waitForTimeout(3_500);
      expect(await page.inputValue('#search-q')).toBe('');
      expect(await page.locator('.search-results li').count()).toBe(0);
      expect(opened.log.consoleProblems).toEqual([]);
      expect(opened.log.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
