/**
 * /check/ at 360 px, in the normal look and in 大字: a refused answer stops the step with an error summary that takes
 * focus and leads to the field; typing in a field never moves the questions above it (the 龙头企业 question stays
 * where it was when 0 studios are typed, and added questions come below the one answered).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openPage, waitForIslands, useSite } from './harness';
import { presetReadingModes } from './audit';

const site = useSite();

async function onPhone(large: boolean, path: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const opened = await openPage(site(), { viewport: { width: 360, height: 740 } });
  try {
    if (large) await presetReadingModes(opened.page.context(), { large: true });
    await opened.page.goto(site().origin + path, { waitUntil: 'load' });
    await waitForIslands(opened.page);
    if (large)
      expect(await opened.page.evaluate(() => document.documentElement.hasAttribute('data-large-text'))).toBe(true);
    await fn(opened.page);
    expectClean(opened.log);
  } finally {
    await opened.close();
  }
}

const top = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));

describe.each([
  ['normal', false],
  ['大字', true],
])('/check/ enterprise step at 360 px (%s)', (_mode, large) => {
  it('a refused count stops 下一步: the error summary is focused, its link leads to the field, the answer is kept', async () => {
    await onPhone(large, '/check/?kind=organisation&step=2', async (page) => {
      const step = page.locator('main .check-step');
      await step.getByLabel(/^企业/).check();
      await step.locator('fieldset', { hasText: '龙头企业' }).getByLabel(/^是/).check();
      const studios = page.locator('#check-newStudios');
      await studios.click();
      await page.keyboard.type('两个');
      await page.getByRole('button', { name: '下一步' }).click();
      const summary = page.locator('main .check-error-summary[role="alert"]');
      await expect.poll(() => summary.isVisible()).toBe(true);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
        .toContain('check-error-summary');
      expect(await summary.locator('h3').innerText()).toBe('出现了问题');
      expect(await page.locator('main .check-step h2').innerText()).toContain('第 2 步');
      // the summary is on screen, wholly inside the 360 px width
      const box = await summary.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
      await summary.locator('a').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('check-newStudios');
      expect(await studios.inputValue()).toBe('两个');
      expect(new URL(page.url()).searchParams.get('newStudios')).toBe('两个');
    });
  });

  it('typing 0 studios keeps the 龙头企业 question where it is (nothing above the cursor moves)', async () => {
    await onPhone(large, '/check/?kind=organisation&step=2', async (page) => {
      const step = page.locator('main .check-step');
      await step.getByLabel(/^企业/).check();
      const leading = 'main fieldset:has(legend:text("龙头企业"))';
      await page.locator(leading).waitFor();
      await page.locator(leading).getByLabel(/^是/).check();
      const studios = page.locator('#check-newStudios');
      const before = { leading: await top(page, leading), studios: await top(page, '#check-newStudios') };
      await studios.click();
      await page.keyboard.type('0');
      await expect.poll(() => new URL(page.url()).searchParams.get('newStudios')).toBe('0');
      expect(await top(page, leading)).toBe(before.leading);
      expect(await top(page, '#check-newStudios')).toBe(before.studios);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-newStudios');
      // the announcement of the question 企业 added (below 贵单位是？) is in a polite live region
      expect(await page.locator('main .check-step [aria-live="polite"]').innerText()).toContain('下方新增');
    });
  });
});
