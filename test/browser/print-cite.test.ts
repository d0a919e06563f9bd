/**
 * For journalists, in a preview build (no SITE_URL, as npm test builds): the cite bar under an article's
 * title copies the page's own address; 职称直通 shows nothing as 不适用 before a choice and quotes the article once;
 * a printout carries no address for internal links, prints each calculator's state (its table while untouched) and
 * ends with the citation, the site's version and the date printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, useSite, waitForIslands, withCleanPage } from './harness';
import { citation, officialArticle } from '../../src/lib/document';

const site = useSite();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const withPage = (path: string, fn: (page: Page) => Promise<void>, clipboard = false) =>
  withCleanPage(site(), path, clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}, fn);

/** The text a ::after pseudo-element adds ('none' when it adds nothing). */
const afterContent = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);

describe('the cite bar under the title', () => {
  it('comes right after the title and copies the citation and the link with the address the page is served from', async () => {
    await withPage(
      '/measure/16/',
      async (page) => {
        const bar = page.locator('h1 ~ .cite-bar');
        expect(await bar.count()).toBe(1);
        // before the official text, not at the end of the page
        expect(
          await page.evaluate(() => {
            const b = document.querySelector('.cite-bar');
            const o = document.querySelector('.official');
            return !!b && !!o && (b.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
          }),
        ).toBe(true);
        await bar.getByRole('button', { name: /复制链接/ }).click();
        await expect.poll(() => bar.locator('[role="status"]').textContent()).toMatch(/已复制/);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site().origin}/measure/16/`);
        await bar.getByRole('button', { name: /复制引用/ }).click();
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()))
          .toBe(`${citation(16)}\n${officialArticle(16).body}\n${site().origin}/measure/16/`);
        // the full section below stays
        expect(await page.locator('.cite-section .cite-tools button', { hasText: '复制引用' }).count()).toBe(1);
      },
      true,
    );
  });

  it('in a preview build offers no QR code: a QR code needs the public address (SITE_URL)', () => {
    const html = readFileSync(join(distDir, 'measure', '16', 'index.html'), 'utf8');
    expect(html).not.toContain('/qr/');
  });
});

describe('职称直通 (第十六条)', () => {
  it('shows no ✗ 不适用 before a choice, and quotes the article with nested quotation marks once one is made', async () => {
    await withPage('/measure/16/', async (page) => {
      await waitForIslands(page);
      const calc = page.locator('#calculator-title-direct');
      expect(await calc.innerText()).not.toContain('不适用');
      await calc.getByLabel('中华技能大奖').check();
      await expect.poll(() => calc.innerText()).toContain('✓ 可以');
      const text = await calc.innerText();
      expect(text).not.toMatch(/““|””/);
      expect(text).toContain('（第十六条：“‘中华技能大奖’、世赛金牌获得者');
    });
  });
});

describe('print', () => {
  it('/measure/16/ untouched: no address after internal links, the 职称直通 table, and the citation, version and date at the end', async () => {
    await withPage('/measure/16/', async (page) => {
      await waitForIslands(page);
      await page.emulateMedia({ media: 'print' });
      expect(await afterContent(page, 'main a[href^="/glossary/"]')).toBe('none');
      const calc = page.locator('#calculator-title-direct');
      expect(await calc.locator('.calculator-static table').isVisible()).toBe(true);
      expect(await calc.locator('.calculator-live').isVisible()).toBe(false);
      const colophon = page.locator('.print-colophon');
      expect(await colophon.isVisible()).toBe(true);
      const text = await colophon.innerText();
      expect(text).toContain(`引用：${citation(16)}`);
      expect(text).toContain(`版本 ${pkg.version}`);
      const today = new Date();
      expect(text).toContain(`打印日期：${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`);
      expect(text).not.toMatch(/https?:\/\//); // a preview build prints no address
      // it is the last thing printed
      expect(
        await page.evaluate(() => {
          const visible = Array.from(document.body.children).filter((e) => getComputedStyle(e).display !== 'none');
          return visible[visible.length - 1]?.className;
        }),
      ).toBe('print-colophon');
    });
  });

  it('/measure/16/ used: 职称直通 prints its current state instead of the table', async () => {
    await withPage('/measure/16/', async (page) => {
      await waitForIslands(page);
      const calc = page.locator('#calculator-title-direct');
      await calc.getByLabel('中原大工匠').check();
      await page.emulateMedia({ media: 'print' });
      expect(await calc.locator('.calculator-live').isVisible()).toBe(true);
      expect(await calc.locator('.calculator-static').isVisible()).toBe(false);
      expect(await calc.locator('.calculator-live').innerText()).toContain('直接申报相应系列副高级职称');
    });
  });
});
