/**
 * Robustness (SPEC §9; issue 7 §6), on every built page: it reads with JavaScript off; it fits 360 CSS px without
 * horizontal scrolling (also with 大字 on); it reflows at 200 % zoom; it prints without the navigation.
 *
 * 200 % zoom is emulated the way the browser does it: a 1280 px wide window zoomed to 200 % lays the page out in a
 * 640 CSS px viewport with 2 device pixels per CSS pixel (viewport 640 × 400 in a context with deviceScaleFactor 2).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { openPage, useSite } from './harness';
import { builtRoutes } from './built-routes';
import { settle, SMALL_TAP_TARGETS } from './audit';

const site = useSite();

const routes = builtRoutes();

async function withPage<T>(path: string, options: BrowserContextOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const opened = await openPage(site(), options);
  try {
    await opened.page.goto(site().origin + path, { waitUntil: 'load' });
    const result = await fn(opened.page);
    expect(opened.log.pageErrors).toEqual([]);
    return result;
  } finally {
    await opened.close();
  }
}

/** Elements wider than the viewport, when the page scrolls sideways (what a reader would have to scroll to see). */
const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.scrollingElement.scrollWidth;
  if (scrollWidth <= width) return { scrollWidth, culprits: [] };
  const culprits = Array.from(document.body.querySelectorAll('*'))
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' right=' + Math.round(el.getBoundingClientRect().right));
  return { scrollWidth, culprits };
})()`;

describe('with JavaScript off, every page reads', () => {
  it.each(routes)('%s', async (path) => {
    await withPage(path, { javaScriptEnabled: false }, async (page) => {
      const main = page.locator('main');
      expect(await main.count()).toBe(1);
      const text = (await main.innerText()).replace(/\s+/g, '');
      expect(text.length).toBeGreaterThan(40);
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      // every island left on the page still shows its server-rendered content, not an empty box
      const emptyIslands: number = await page.evaluate(
        `Array.from(document.querySelectorAll('main [data-island]')).filter((i) => i.innerText.trim() === '' && !i.closest('noscript')).length`,
      );
      expect(emptyIslands).toBe(0);
      expect(await page.locator('header .header-search input').isVisible()).toBe(true);
    });
  });
});

// One visit per page (a 2-core machine runs these): 360 px, then 大字 on at 360 px, then 200 % zoom, then print.
describe('every page fits 360 px (also with 大字), reflows at 200 % zoom and prints without the navigation', () => {
  it.each(routes)('%s', async (path) => {
    await withPage(path, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 }, async (page) => {
      await settle(page);
      const at360 = (await page.evaluate(OVERFLOW)) as { scrollWidth: number; culprits: string[] };
      expect(at360.culprits, 'wider than 360 px').toEqual([]);
      expect(at360.scrollWidth).toBeLessThanOrEqual(360);

      await page.click('header [data-reading-toggle="large"]');
      expect(await page.evaluate(`getComputedStyle(document.documentElement).fontSize`)).toBe('20px');
      const large = (await page.evaluate(OVERFLOW)) as { scrollWidth: number; culprits: string[] };
      expect(large.culprits, 'wider than 360 px with 大字').toEqual([]);
      expect(large.scrollWidth).toBeLessThanOrEqual(360);
      expect(await page.evaluate(SMALL_TAP_TARGETS), 'tap targets < 44 px at 360 px with 大字').toEqual([]);
      await page.click('header [data-reading-toggle="large"]');

      await page.setViewportSize({ width: 640, height: 400 });
      const zoomed = (await page.evaluate(OVERFLOW)) as { scrollWidth: number; culprits: string[] };
      expect(zoomed.culprits, 'wider than 640 px at 200 % zoom').toEqual([]);
      expect(zoomed.scrollWidth).toBeLessThanOrEqual(640);

      await page.setViewportSize({ width: 1280, height: 800 });
      const screenText = (await page.locator('main').innerText()).replace(/\s+/g, '').length;
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header nav', '.header-search', '.reading-mode', '.skip-link']) {
        const shown = await page.locator(selector).evaluateAll(
          (els) => els.filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > 0 && getComputedStyle(el).visibility !== 'hidden').length,
        );
        expect(shown, `${selector} is printed`).toBe(0);
      }
      // the content prints: the heading, and on a page with text, its text
      expect(await page.locator('main h1').first().isVisible()).toBe(true);
      const printedText = (await page.locator('main').innerText()).replace(/\s+/g, '').length;
      expect(printedText).toBeGreaterThanOrEqual(Math.min(40, screenText / 2));
    });
  });

  it('a printed article is a PDF document', async () => {
    await withPage('/measure/6/', {}, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});
