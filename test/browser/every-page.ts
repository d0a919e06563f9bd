/**
 * Every built page (read from dist/, so a new page is tested without listing it), in two visits:
 *
 * 1. With JavaScript, as a reader goes through it: clean (no console message, page error, dialog, failed or foreign
 *    request, CSP violation); axe-core (WCAG 2.1 AA), line height ≥ 1.3, tap targets and a visible keyboard focus in
 *    the normal look; with 大字 + 高对比 switched on, the same again (axe: the rules that styles can change); at 360 px it fits without sideways scrolling (with 大字
 *    and without); at 200 % zoom it reflows; in print the navigation is gone and the content stays.
 * 2. Without JavaScript: the page reads, and every island shows its server-rendered content (or, for an island that
 *    needs JavaScript by design, a <noscript> alternative right after it).
 *
 * 200 % zoom is the layout of a 1280 px window zoomed to 200 %: a 640 CSS px viewport.
 *
 * Each visit goes on in the same tab from route to route, with the saved reading mode and the log cleared in
 * between: the browser keeps compiled code (axe's above all) within a tab, which makes the run several times faster.
 *
 * The routes are dealt into shards, one test file each (every-page-1.test.ts …): one file of every page was the
 * longest of the run by far (about 200 s of the browser project's 570), so one worker went on with it after the other
 * had run out of files. Shards of about 50 s let the two workers end together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearLog, expectClean, openPage, type OpenedPage, useSite, waitForIslands } from './harness';
import { builtRoutes } from '../site/built';
import { cspViolations, recordCspViolations, runAxe, SHORT_LINE_HEIGHTS, STYLE_RULES, tapTargetsUnder } from './audit';

/** Presses Tab up to `max` times; returns how many controls it reached and those that show no focus indicator. */
async function focusWithoutIndicator(page: Page, max: number): Promise<{ visited: number; bad: string[] }> {
  const bad: string[] = [];
  let visited = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const result: { tag: string; indicator: boolean; onScreen: boolean } | null = await page.evaluate(`(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const r = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 16) + '"',
        indicator: outline || s.boxShadow !== 'none',
        onScreen: r.right > 0 && r.bottom > 0 && r.left < innerWidth + 1 && r.width > 0,
      };
    })()`);
    if (!result) break; // focus left the page: every control was visited
    visited++;
    if (!result.indicator || !result.onScreen) {
      bad.push(
        `${result.tag}${result.indicator ? '' : ' has no focus indicator'}${result.onScreen ? '' : ' is off screen'}`,
      );
    }
  }
  return { visited, bad };
}

/** Elements wider than the viewport, when the page scrolls sideways (what a reader would have to scroll to see). */
const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.scrollingElement.scrollWidth;
  if (scrollWidth <= width) return [];
  return Array.from(document.body.querySelectorAll('*'))
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
      + ' right=' + Math.round(el.getBoundingClientRect().right) + ' in ' + width);
})()`;

const modesOn = `document.documentElement.hasAttribute('data-large-text')
  && document.documentElement.hasAttribute('data-high-contrast')`;

/** Back to a first visit: no saved reading mode, the screen look, the desktop window. */
async function fresh(page: Page): Promise<void> {
  if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The tests of every `count`th built route from the `shard`th (1-based): the file every-page-<shard>.test.ts. */
export function everyPageTests(shard: number, count: number): void {
  // here, not at the top of this module: the browser project shares modules between the files of a worker
  // (vitest.config.ts, isolate: false), and a top-level useSite() would register its hooks for the first file only
  const site = useSite();
  const all = builtRoutes();
  const routes = all.filter((_, i) => i % count === shard - 1);

  describe(`every page (shard ${shard} of ${count}), with JavaScript: clean, accessible, comfortable to read, fits a phone, prints`, () => {
    it(`the routes come from the build: shard ${shard} of ${count} has ${routes.length} of ${all.length}`, () => {
      expect(all).toContain('/');
      expect(all).toContain('/measure/6/');
      expect(all).toContain('/check/');
      expect(all).toContain('/404.html');
      expect(routes.length).toBeGreaterThanOrEqual(Math.floor(all.length / count));
    });

    let tab: OpenedPage;
    beforeAll(async () => {
      tab = await openPage(site(), { viewport: { width: 1280, height: 800 } });
      await recordCspViolations(tab.page.context());
    });
    afterAll(() => tab.close());

    // Two tests a route, in the same tab on the same page: the normal look, then the reading modes, the phone, zoom and
    // print. A failure names the half it is in, and the longest page (/examples/) stays well inside the test timeout
    // on a busy machine.
    for (const path of routes) {
      it(`${path}: clean, axe, line height, tap targets, keyboard focus`, async () => {
        const { page, log } = tab;
        await fresh(page);
        clearLog(log);
        await page.goto(site().origin + path, { waitUntil: 'load' });
        await waitForIslands(page);
        expect(await runAxe(page), 'axe, normal look').toEqual([]);
        expect(await page.evaluate(SHORT_LINE_HEIGHTS), 'line height < 1.3').toEqual([]);
        expect(await page.evaluate(tapTargetsUnder(44)), 'tap targets < 44 px').toEqual([]);
        const focus = await focusWithoutIndicator(page, 12);
        expect(focus.visited).toBeGreaterThan(5);
        expect(focus.bad, 'focused without a visible indicator').toEqual([]);
        expect(await cspViolations(page), 'CSP violations').toEqual([]);
        expectClean(log);
      });

      it(`${path}: 大字 + 高对比, 360 px, 200 % zoom, print`, async () => {
        const { page, log } = tab;
        // on from the test above; again from the start if that one stopped before the page had loaded
        if (page.url() !== site().origin + path || (await page.locator('main').count()) === 0) {
          await fresh(page);
          await page.goto(site().origin + path, { waitUntil: 'load' });
          await waitForIslands(page);
        }
        clearLog(log);

        // the reader switches 大字 and 高对比 on, as from any page
        await page.click('header [data-reading-toggle="large"]');
        await page.click('header [data-reading-toggle="contrast"]');
        expect(await page.evaluate(modesOn)).toBe(true);
        expect(await runAxe(page, STYLE_RULES), 'axe, 大字 + 高对比').toEqual([]);
        expect(await page.evaluate(SHORT_LINE_HEIGHTS), 'line height < 1.3 with 大字').toEqual([]);
        expect(await page.evaluate(tapTargetsUnder(44)), 'tap targets < 44 px with 大字').toEqual([]);

        // a phone, 360 px wide: with 大字, then without
        await page.setViewportSize({ width: 360, height: 740 });
        expect(await page.evaluate(OVERFLOW), 'wider than 360 px with 大字').toEqual([]);
        expect(await page.evaluate(tapTargetsUnder(44)), 'tap targets < 44 px at 360 px with 大字').toEqual([]);
        await page.click('header [data-reading-toggle="large"]');
        expect(await page.evaluate(OVERFLOW), 'wider than 360 px').toEqual([]);

        // 200 % zoom
        await page.setViewportSize({ width: 640, height: 400 });
        expect(await page.evaluate(OVERFLOW), 'wider than 640 px at 200 % zoom').toEqual([]);

        // print: no navigation, the content stays
        await page.setViewportSize({ width: 1280, height: 800 });
        const screenText = (await page.locator('main').innerText()).replace(/\s+/g, '').length;
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['header nav', '.header-search', '.reading-mode', '.skip-link']) {
          const printed = await page.locator(selector).evaluateAll(
            (els) =>
              els.filter((el) => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.right > 0 && getComputedStyle(el).visibility !== 'hidden';
              }).length,
          );
          expect(printed, `${selector} is printed`).toBe(0);
        }
        expect(await page.locator('main h1').first().isVisible()).toBe(true);
        const printedText = (await page.locator('main').innerText()).replace(/\s+/g, '').length;
        expect(printedText).toBeGreaterThanOrEqual(Math.min(40, screenText / 2));

        expect(await cspViolations(page), 'CSP violations').toEqual([]);
        // the 404 page is served as a file here (/404.html → 200); unknown paths get it with 404 (site.test.ts)
        expectClean(log);
      });
    }
  });

  describe(`every page (shard ${shard} of ${count}), without JavaScript: it reads`, () => {
    let tab: OpenedPage;
    beforeAll(async () => {
      tab = await openPage(site(), { javaScriptEnabled: false });
    });
    afterAll(() => tab.close());

    it.each(routes)('%s', async (path) => {
      const { page, log } = tab;
      {
        clearLog(log);
        await page.goto(site().origin + path, { waitUntil: 'load' });
        const main = page.locator('main');
        expect(await main.count()).toBe(1);
        expect((await main.innerText()).replace(/\s+/g, '').length).toBeGreaterThan(40);
        expect(await page.locator('h1').first().isVisible()).toBe(true);
        // every island left on the page still shows its server-rendered content, not an empty box; or, when the
        // island needs JavaScript by design (/search/: a static page cannot read ?q=), a <noscript> right after it
        // shows the way on instead (after the island's script; shown here: without JavaScript its content is ordinary, visible markup)
        const emptyIslands: string[] = await page.evaluate(
          `Array.from(document.querySelectorAll('main [data-island]'))
            .filter((i) => i.innerText.trim() === '' && !i.closest('noscript'))
            .filter((i) => {
              let next = i.nextElementSibling;
              while (next && next.tagName === 'SCRIPT') next = next.nextElementSibling; // the island's own script
              return !(next && next.tagName === 'NOSCRIPT' && next.innerText.trim().length > 40);
            })
            .map((i) => i.getAttribute('data-island'))`,
        );
        expect(
          emptyIslands,
          'islands that show nothing without JavaScript, with no <noscript> alternative after them',
        ).toEqual([]);
        // the reading-mode switches need JavaScript: hidden, not broken
        expect(await page.locator('[data-reading-toggle="large"]').isVisible()).toBe(false);
        expectClean(log);
      }
    });
  });
}
