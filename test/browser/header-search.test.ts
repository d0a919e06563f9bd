/**
 * The header search (src/widgets/HeaderSearch.tsx): an article page fetches nothing for it until the reader uses the
 * field; typing 技师 then shows the first results under the field, linking to built pages, with a count in a live
 * region and a link to all of them on /search/; Tab reaches the results, Esc closes the panel, Enter still opens
 * /search/?q=技师; on a phone the same behind the 搜索 button; and if the code cannot load, Enter still submits.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, expectClean, openPage, useSite } from './harness';
import { presetReadingModes, runAxe, STYLE_RULES } from './audit';

const site = useSite();
const PANEL_LINK = '.header-results .search-results li a';

/** Paths the page requests under /pagefind/ and /_astro/. */
function recordScriptRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/(pagefind|_astro)\//.test(path)) paths.push(path);
  });
  return paths;
}

const builtPage = (href: string) => existsSync(join(distDir, new URL(href, 'http://x').pathname, 'index.html'));

describe('header search', () => {
  it('loads on first use; typing 技师 shows results under the field; Tab reaches them, Esc closes, Enter opens /search/', async () => {
    const opened = await openPage(site(), { viewport: { width: 1024, height: 800 } });
    const { page } = opened;
    const requests = recordScriptRequests(page);
    try {
      await page.goto(`${site().origin}/measure/2/`, { waitUntil: 'load' });
      expect(requests).toEqual([]); // no script file, no Pagefind, until the field is used

      await page.fill('#header-q', '技师');
      await page.waitForSelector(PANEL_LINK);
      expect(requests).toContain('/pagefind/pagefind.js');
      const hrefs = await page.$$eval(PANEL_LINK, (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.length).toBeLessThanOrEqual(5);
      expect(hrefs.filter((h) => !builtPage(h))).toEqual([]);
      // 第六条 (技师项目培训补贴) is among the first results, as on /search/ (search-ranking.test.ts)
      expect(hrefs).toContain('/measure/6/');
      expect(await page.textContent('.header-results [aria-live="polite"]')).toMatch(/找到 \d+ 个相关页面/);
      expect(await page.getAttribute('.header-results-all a', 'href')).toBe(`/search/?q=${encodeURIComponent('技师')}`);

      // Tab from the field: the 搜索 button, then the first result
      await page.focus('#header-q');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(`document.activeElement === document.querySelector(${JSON.stringify(PANEL_LINK)})`),
      ).toBe(true);
      // Esc closes the panel and puts the cursor back in the field; typing opens it again
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(PANEL_LINK).count()).toBe(0);
      expect(await page.evaluate('document.activeElement?.id')).toBe('header-q');
      await page.keyboard.type('证');
      await page.waitForSelector(PANEL_LINK);

      await page.fill('#header-q', '技师');
      await page.press('#header-q', 'Enter');
      await page.waitForURL((url) => url.pathname === '/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('技师');
      await page.waitForSelector('main .search-results li a');
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('at 360 px, behind the 搜索 button, in 大字 + 高对比: the panel fits the screen and passes axe', async () => {
    const opened = await openPage(site(), { viewport: { width: 360, height: 740 } });
    const { page } = opened;
    try {
      await presetReadingModes(page.context(), { large: true, contrast: true });
      await page.goto(`${site().origin}/measure/2/`, { waitUntil: 'load' });
      expect(await page.isVisible('#header-q')).toBe(false);
      await page.click('[data-search-toggle]');
      await page.fill('#header-q', '技师');
      await page.waitForSelector(PANEL_LINK);
      const box = await page.locator('.header-results-panel').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(await runAxe(page, [...STYLE_RULES, 'aria-allowed-role', 'list', 'listitem', 'link-name'])).toEqual([]);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('if its code cannot load, what was typed still opens /search/ with Enter', async () => {
    const opened = await openPage(site());
    const { page } = opened;
    try {
      await page.route('**/_astro/HeaderSearchModule*', (route) => route.abort());
      await page.goto(`${site().origin}/measure/2/`, { waitUntil: 'load' });
      const toggle = page.locator('[data-search-toggle]');
      if (await toggle.isVisible()) await toggle.click();
      await page.fill('#header-q', '技师');
      await page.press('#header-q', 'Enter');
      await page.waitForURL((url) => url.pathname === '/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('技师');
      await page.waitForSelector('main .search-results li a');
    } finally {
      await opened.close();
    }
  });
});
