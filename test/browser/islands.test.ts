/**
 * Issue 7 (SPEC §8: at most 12 KB of JavaScript on an article page with one widget): our own islands
 * (src/widgets/island.ts). Each article with a calculator hydrates its one widget from its own script, without
 * Astro's island runtime, and without preact/hooks (calculators keep state in class components); the checker and the
 * search page hydrate the same way. The byte figures themselves are the bench's (npm run bench), not a test's.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanLogs, openPage, useSite, type PageLog } from './harness';
import { calculatorNames, calculators } from '../../src/components/calculators';
import { officialArticle } from '../../src/lib/document';

const site = useSite();
const logs: PageLog[] = [];

/** Opens `path`, records the script files it requests, and waits until every island on it has hydrated. */
async function open(path: string): Promise<{ page: Page; scripts: string[]; close: () => Promise<void> }> {
  const { page, log, close } = await openPage(site());
  logs.push(log);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  await page.goto(site().origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-island]:not([data-hydrated])') === null);
  await page.waitForLoadState('networkidle');
  return { page, scripts, close };
}

/**
 * The widget's island entry script: a calculator's islands/calculators/education-fund.astro →
 * education-fund.astro_astro_type_script_index_0_lang.<hash>.js; the checker's CheckerIsland.astro → CheckerIsland.astro_….
 */
const islandEntry = (file: string) => /^([A-Za-z]+Island|[a-z]+(-[a-z]+)*)\.astro_astro_type_script/.test(file);

describe('islands', () => {
  for (const name of calculatorNames) {
    const { article } = calculators[name];
    it(`/measure/${article}/ hydrates its ${name} calculator from one entry script, with no Astro island runtime and no preact/hooks`, async () => {
      const { page, scripts, close } = await open(`/measure/${article}/`);
      try {
        expect(await page.locator(`[data-island="${name}"][data-hydrated]`).count()).toBe(1);
        expect(await page.locator('astro-island').count()).toBe(0);
        expect(scripts.filter(islandEntry)).toHaveLength(1);
        expect(scripts.some((s) => s.startsWith('preact.'))).toBe(true);
        expect(scripts.filter((s) => /^(hooks|client|Checker|SearchIsland|schemas)\b/.test(s))).toEqual([]);
        // the only inline script is the reading mode one: Astro's island bootstrap is not on the page
        const inline = await page.evaluate(
          () => [...document.scripts].filter((s) => !s.src && (s.type === '' || s.type === 'module')).length,
        );
        expect(inline).toBe(1);
        // the props reached the hydrated widget: its source line links the article by the label Island.astro passed
        const source = page.locator(`[data-island="${name}"] .calc-source a`);
        expect(await source.getAttribute('href')).toBe(`/measure/${article}/`);
        expect(await source.textContent()).toBe(officialArticle(article).label);
      } finally {
        await close();
      }
    });
  }

  it('/check/ and /search/ hydrate their widget the same way (these two use preact/hooks)', async () => {
    for (const [path, name] of [
      ['/check/', 'checker'],
      ['/search/', 'search'],
    ] as const) {
      const { page, scripts, close } = await open(path);
      try {
        expect(await page.locator(`[data-island="${name}"][data-hydrated]`).count()).toBe(1);
        expect(await page.locator('astro-island').count()).toBe(0);
        expect(scripts.filter(islandEntry)).toHaveLength(1);
        expect(scripts.some((s) => s.startsWith('hooks.'))).toBe(true);
      } finally {
        await close();
      }
    }
  });

  it('a page without a widget has no island and loads no script file', async () => {
    const { page, scripts, close } = await open('/measure/2/');
    try {
      expect(await page.locator('[data-island]').count()).toBe(0);
      expect(scripts).toEqual([]);
    } finally {
      await close();
    }
  });

  it('no console error, no page error, no request left the local server', () => {
    expectCleanLogs(logs);
  });
});
