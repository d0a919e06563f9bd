/**
 * No JavaScript on a page without a widget until it is used (README.md, Budgets and checks): an article page fetches no script file
 * on load; the cite tools' module arrives on first use, and that first use still works (clipboard read back).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanLogs, openPage, useSite, type PageLog } from './harness';
import { officialArticle } from '../../src/lib/document';

const site = useSite();
const logs: PageLog[] = [];

const CITATION_2 = '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第二条';

/** Opens `path` with clipboard access and records every script file the page requests. */
async function open(
  path: string,
  waitUntil: 'load' | 'networkidle' = 'load',
): Promise<{ page: Page; scripts: string[]; close: () => Promise<void> }> {
  const { page, log, close } = await openPage(site(), { permissions: ['clipboard-read', 'clipboard-write'] });
  logs.push(log);
  const scripts: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.resourceType() === 'script' || url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  await page.goto(site().origin + path, { waitUntil });
  return { page, scripts, close };
}

describe('cite tools load on first use', () => {
  it('/measure/2/ (no widget) fetches no .js file on load, and the only script is the small inline one', async () => {
    // network idle: the page has loaded and requested nothing more for a while, so no script comes later
    const { page, scripts, close } = await open('/measure/2/', 'networkidle');
    try {
      expect(scripts).toEqual([]);
      const inline = await page.evaluate(() =>
        [...document.scripts].filter((s) => !s.src && (s.type === '' || s.type === 'module')).map((s) => s.text.length),
      );
      expect(inline.length).toBe(1);
      // the controls are shown, the loader knows the module (a script inside an inert <template>)
      expect(
        await page
          .locator('.cite-section')
          .getByRole('button', { name: /复制引用/ })
          .isVisible(),
      ).toBe(true);
      expect(
        await page
          .locator('template[data-cite-module]')
          .evaluate((t) => (t as HTMLTemplateElement).content.querySelector('script')?.getAttribute('src')),
      ).toMatch(/^\/_astro\/CiteTools.*\.js$/);
    } finally {
      await close();
    }
  });

  it('/measure/2/: the first click on 复制引用 loads the module and copies the citation', async () => {
    const origin = new URL(
      await (async () => {
        const { page, close } = await open('/measure/2/');
        try {
          return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
        } finally {
          await close();
        }
        // a preview build's canonical is a path: copied links then carry the origin the page is served from
      })(),
      site().origin,
    ).origin;
    const { page, scripts, close } = await open('/measure/2/');
    try {
      const tools = page.locator('.cite-section .cite-tools');
      await tools.getByRole('button', { name: /复制引用/ }).click();
      await expect.poll(() => tools.locator('[role="status"]').textContent()).toBe('已复制第二条的引用');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${CITATION_2}\n${officialArticle(2).body}\n${origin}/measure/2/`,
      );
      expect(scripts.filter((s) => s.includes('CiteTools'))).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('/measure/2/: a click dispatched before the module has loaded is replayed once it has', async () => {
    const { page, scripts, close } = await open('/measure/2/');
    try {
      // a click with no pointerdown or focus before it (e.g. from assistive technology): the load starts on the click
      await page
        .locator('.cite-section')
        .getByRole('button', { name: /复制链接/ })
        .dispatchEvent('click');
      // a synthetic click carries no user activation, so the clipboard may refuse: then the module's fallback answers
      const status = page.locator('.cite-section .cite-tools [role="status"]');
      await expect.poll(() => status.textContent()).toMatch(/^(已复制第二条的链接|无法自动复制：文字已选中)/);
      if ((await status.textContent())!.startsWith('已复制'))
        expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/measure\/2\/$/);
      expect(scripts.filter((s) => s.includes('CiteTools'))).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('/measure/2/: selecting text loads the module and shows the 复制此段链接 bar', async () => {
    const { page, scripts, close } = await open('/measure/2/');
    try {
      const bar = page.locator('[data-selection-bar]');
      expect(await bar.isVisible()).toBe(false);
      const box = await page.locator('[data-official-article="2"] .official-body').first().boundingBox();
      if (!box) throw new Error('no article text');
      // a real mouse drag across the first line of the article's text
      await page.mouse.move(box.x + 4, box.y + 8);
      await page.mouse.down();
      await page.mouse.move(box.x + Math.min(box.width - 4, 200), box.y + 8, { steps: 5 });
      await page.mouse.up();
      await bar.waitFor({ state: 'visible' });
      expect(scripts.filter((s) => s.includes('CiteTools'))).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('with JavaScript off, no cite button shows', async () => {
    const { page, log, close } = await openPage(site(), { javaScriptEnabled: false });
    logs.push(log);
    try {
      await page.goto(`${site().origin}/measure/2/`, { waitUntil: 'load' });
      expect(await page.locator('.cite-tools button:visible').count()).toBe(0);
      expect(await page.locator('.cite-tools button').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('no console error, no page error, no request left the local server', () => {
    expectCleanLogs(logs);
  });
});
