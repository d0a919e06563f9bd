/**
 * At most 12 KB of JavaScript on an article page with one widget (README.md, Budgets and checks): our own islands
 * (src/widgets/island.ts). Each article with a calculator hydrates its one widget from its own script, without
 * Astro's island runtime, and without preact/hooks (calculators keep state in class components); the search page
 * hydrates the same way, and the checker the same way once its loader (checker-loader.ts) has fetched it on the
 * reader's first move. The byte figures are the bench's (npm run bench) and, for /check/, test/site/check-budget.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanLogs, openPage, useSite, waitForIslands, type PageLog } from './harness';
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
  await waitForIslands(page);
  await page.waitForLoadState('networkidle');
  return { page, scripts, close };
}

/**
 * The widget's island entry script: a calculator's (src/integrations/calculator-islands.ts) education-fund.astro →
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

  it('/search/ hydrates its widget the same way (it uses preact/hooks)', async () => {
    const { page, scripts, close } = await open('/search/');
    try {
      expect(await page.locator('[data-island="search"][data-hydrated]').count()).toBe(1);
      expect(await page.locator('astro-island').count()).toBe(0);
      expect(scripts.filter(islandEntry)).toHaveLength(1);
      expect(scripts.some((s) => s.startsWith('hooks.'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('/check/ loads only its loader; the checker (Preact, hooks, the rules) comes with the first answer and hydrates', async () => {
    const { page, scripts, close } = await open('/check/');
    try {
      expect(await page.locator('astro-island').count()).toBe(0);
      expect(scripts.filter(islandEntry)).toHaveLength(1);
      expect(scripts.filter((s) => /^(preact|hooks|schemas|checker-main)\b/.test(s))).toEqual([]);
      await page.getByLabel(/^个人/).check();
      await page.getByRole('button', { name: '下一步' }).click();
      await expect.poll(() => page.locator('main .check-step h2').innerText()).toContain('第 2 步');
      expect(scripts.some((s) => s.startsWith('hooks.'))).toBe(true);
      expect(scripts.some((s) => s.startsWith('checker-main.'))).toBe(true);
      expect(new URL(page.url()).searchParams.get('kind')).toBe('person');
    } finally {
      await close();
    }
  });

  it('/measure/6/ loads its calculator only when the reader nears it; numbers typed before its code arrived are kept', async () => {
    const { page, log, close } = await openPage(site());
    logs.push(log);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop() ?? '');
    });
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(/training-subsidy\.astro_astro_type_script[\w.-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${site().origin}/measure/6/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      // read, not reached: no script file (the calculator's code waits in its <template data-island-module>)
      expect(scripts).toEqual([]);
      // the reader goes to the calculator and types while its code is still on the way
      const field = page.getByLabel('新培养技师人数', { exact: true });
      await field.scrollIntoViewIfNeeded();
      await field.click();
      await page.keyboard.type('3');
      expect(await page.locator('[data-island="training-subsidy"][data-hydrated]').count()).toBe(0);
      release();
      await page.locator('[data-island="training-subsidy"][data-hydrated]').waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.calc-result').first().innerText()).toContain('合计：1.2 万元');
      expect(await field.inputValue()).toBe('3');
      expect(scripts.filter(islandEntry)).toHaveLength(1);
      expect(scripts.some((s) => s.startsWith('preact.'))).toBe(true);
    } finally {
      await close();
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
