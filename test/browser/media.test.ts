/**
 * For media and research: copy citation and links (clipboard read back), text-fragment links that open the
 * passage, JSON-LD, Open Graph / Twitter meta, share images, QR codes, short links, sitemap and robots.txt, and print.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expectCleanLogs, type PageLog, useSharedPages, useSite } from './harness';
import { readBuilt } from '../site/built';
import { officialArticle } from '../../src/lib/document';

const site = useSite();
// one tab for each set of options and init scripts, reset between tests (harness.ts): the clipboard's permissions
// come back with the options
const sharedPage = useSharedPages(site);
const logs: PageLog[] = [];

const CLIPBOARD: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };
const CITATION_6 = '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条';

/** Opens `path` in the shared tab for `options` and the `init` script (run before the page's own), runs `fn`. */
async function withPage<T>(
  path: string,
  options: BrowserContextOptions,
  fn: (page: Page) => Promise<T>,
  init?: string,
): Promise<T> {
  const { page, log } = await sharedPage(options, init ? [init] : []);
  try {
    await page.goto(site().origin + path, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    // the shared page's log is emptied at its next visit: keep what this one recorded
    logs.push(structuredClone(log));
  }
}

/**
 * The origin copied links carry: the one the site was built for (SITE_URL), or in a preview build (a root-relative
 * canonical) the origin the page is served from.
 */
function canonicalOrigin(): string {
  const html = readBuilt('/measure/6/');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('no canonical link on /measure/6/');
  return new URL(href, site().origin).origin;
}
/** Whether the build knows its public address (SITE_URL); npm test builds a preview, which does not. */
function canonicalIsAbsolute(): boolean {
  const html = readBuilt('/measure/6/');
  return /<link rel="canonical" href="https?:/.test(html);
}
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects `text` inside the first element matching `selector` (one text node holds it). */
async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel!);
      if (!root) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(t!);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + t!.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(r);
          return;
        }
      }
      throw new Error(`"${t}" not found in ${sel}`);
    },
    [selector, text],
  );
}

describe('复制引用 and 复制链接', () => {
  it("/measure/6/: 复制引用 copies the standard citation, the article's words and the URL, and says so", async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/6/', CLIPBOARD, async (page) => {
      const tools = page.locator('.cite-section .cite-tools');
      await tools.getByRole('button', { name: /复制引用/ }).click();
      await expect.poll(() => tools.locator('[role="status"]').textContent()).toBe('已复制第六条的引用');
      expect(await tools.locator('[role="status"]').isVisible()).toBe(true);
      const copied = await readClipboard(page);
      expect(copied).toBe(`${CITATION_6}\n${officialArticle(6).body}\n${origin}/measure/6/`);
      expect(copied.split('\n')[1]).toMatch(
        /^实施急需紧缺人才培养计划。.*分别给予每人4000元、5000元、2000元技师项目培训补贴。$/,
      );
    });
  });

  it("/measure/6/: 复制链接 copies the article page's URL", async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/6/', CLIPBOARD, async (page) => {
      await page
        .locator('.cite-section')
        .getByRole('button', { name: /复制链接/ })
        .click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/6/`);
    });
  });

  it('/measure/: every article and chapter has a permalink; the controls copy /measure/#art-N and /measure/#ch-N', async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/', CLIPBOARD, async (page) => {
      for (let n = 1; n <= 20; n++)
        expect(await page.locator(`#art-${n} a.cite-permalink[href="/measure/#art-${n}"]`).count()).toBe(1);
      for (let c = 1; c <= 8; c++)
        expect(await page.locator(`.cite-chapter a.cite-permalink[href="/measure/#ch-${c}"]`).count()).toBe(1);
      await page
        .locator('#art-13')
        .getByRole('button', { name: /复制链接/ })
        .click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/#art-13`);
      await page
        .locator('[data-cite-kind="chapter"][data-cite-number="3"]')
        .getByRole('button', { name: /复制链接/ })
        .click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/#ch-3`);
      await page
        .locator('#art-6')
        .getByRole('button', { name: /复制引用/ })
        .click();
      await expect
        .poll(() => readClipboard(page))
        .toBe(`${CITATION_6}\n${officialArticle(6).body}\n${origin}/measure/#art-6`);
      expect(await page.locator('#art-6 [role="status"]').textContent()).toBe('已复制第六条的引用');
    });
  });

  it('without a clipboard, 复制引用 opens 引用本条 with the text selected and tells the reader to copy it', async () => {
    const origin = canonicalOrigin();
    await withPage(
      '/measure/6/',
      {},
      async (page) => {
        const tools = page.locator('.cite-section .cite-tools');
        await tools.getByRole('button', { name: /复制引用/ }).click();
        await expect.poll(() => tools.locator('[role="status"]').textContent()).toMatch(/文字已选中，请按 Ctrl\+C/);
        expect(await tools.locator('details.cite-details').first().getAttribute('open')).not.toBeNull();
        const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
        expect(selected.replace(/\s+/g, '')).toBe(
          `${CITATION_6}${officialArticle(6).body}${origin}/measure/6/`.replace(/\s+/g, ''),
        );
      },
      "Object.defineProperty(navigator, 'clipboard', { value: undefined });",
    );
  });

  it('with JavaScript off: no dead buttons; the permalink is a link and 引用本条 shows the citation and URL', async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/6/', { javaScriptEnabled: false }, async (page) => {
      const tools = page.locator('.cite-section .cite-tools');
      expect(await tools.locator('button:visible').count()).toBe(0);
      expect(await tools.locator('a.cite-permalink').getAttribute('href')).toBe('/measure/6/');
      await tools.locator('summary', { hasText: '引用本条' }).click();
      // wait for the opened box to be drawn: read at once after the click, it was once empty on a loaded machine
      const copyText = async () => (await tools.locator('.cite-copytext').innerText()).replace(/\s+/g, '');
      await expect.poll(copyText).toContain(CITATION_6);
      const shown = await copyText();
      // a preview build (no SITE_URL) shows the path: no script completes it with the origin
      expect(shown).toContain(`${canonicalIsAbsolute() ? origin : ''}/measure/6/`);
    });
  });
});

describe('复制此段链接: a link that opens the page at the selected passage', () => {
  it('/measure/6/: selecting words of the official text offers the link; it is the page URL with #:~:text=', async () => {
    const origin = canonicalOrigin();
    const passage = '分别给予每人4000元、5000元、2000元技师项目培训补贴';
    await withPage('/measure/6/', CLIPBOARD, async (page) => {
      const bar = page.locator('[data-selection-bar]');
      expect(await bar.isVisible()).toBe(false);
      await selectText(page, '[data-official-article="6"] .official-body', passage);
      await bar.waitFor({ state: 'visible' });
      await bar.getByRole('button', { name: '复制此段链接' }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/6/#:~:text=${encodeURIComponent(passage)}`);
      expect(await bar.locator('[role="status"]').textContent()).toMatch(/^已复制此段链接/);
    });
  });

  it('/measure/: a long selection gives a start,end link, and opening it scrolls the passage into view', async () => {
    const origin = canonicalOrigin();
    const body13 = officialArticle(13).body;
    const passage = body13.slice(body13.indexOf('全市技能大赛与世赛'));
    expect(passage.length).toBeGreaterThan(40);
    let link = '';
    await withPage('/measure/', CLIPBOARD, async (page) => {
      await selectText(page, '#art-13 p', passage);
      const bar = page.locator('[data-selection-bar]');
      await bar.waitFor({ state: 'visible' });
      await bar.getByRole('button', { name: '复制此段链接' }).click();
      await expect.poll(() => readClipboard(page)).toMatch(/#:~:text=[^,]+,[^,]+$/);
      link = await readClipboard(page);
    });
    expect(link.startsWith(`${origin}/measure/#:~:text=`)).toBe(true);
    const [start, end] = link.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(passage.startsWith(start!)).toBe(true);
    expect(passage.endsWith(end!)).toBe(true);
    // Open it on the test server: Chromium scrolls to the passage (article 13 is far down the page).
    await withPage(link.replace(origin, ''), { viewport: { width: 1280, height: 800 } }, async (page) => {
      await expect
        .poll(() => page.evaluate(() => document.getElementById('art-13')!.getBoundingClientRect().top), {
          timeout: 5000,
        })
        .toBeLessThan(800);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(true);
      if (process.env.MEDIA_SHOTS) await page.screenshot({ path: join(process.env.MEDIA_SHOTS, 'text-fragment.png') });
    });
  });
});

describe('short link in the browser', () => {
  it('opening /6 in the browser lands on /measure/6/', async () => {
    await withPage('/6', {}, async (page) => {
      await page.waitForURL(/\/measure\/6\/$/);
      expect(await page.textContent('h1')).toContain('第六条');
    });
  });
});

describe('print', () => {
  it('/measure/6/ prints as a clean document (no navigation or buttons, the colophon, link targets) to PDF', async () => {
    await withPage('/measure/6/', {}, async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.cite-tools', '.pager', '.breadcrumb']) {
        expect(await page.locator(selector).first().isVisible(), `${selector} is printed`).toBe(false);
      }
      expect(await page.locator('.print-colophon').isVisible()).toBe(true);
      expect(await page.locator('.print-colophon').textContent()).toContain(CITATION_6);
      // a site path prints as the full address with SITE_URL, and not at all in a preview build
      const after = await page
        .locator('main a[href="/measure/#art-6"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toBe('none');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      writeFileSync(join(process.env.MEDIA_SHOTS ?? tmpdir(), 'measure-6.pdf'), pdf);
    });
  });

  it('打印 starts printing', async () => {
    await withPage(
      '/measure/6/',
      {},
      async (page) => {
        await page.locator('.cite-section').getByRole('button', { name: '打印' }).click();
        // waited for, not read at once: in one fresh-clone run at load 9 it was read as 0 right after the click
        await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      },
      'window.printed = 0; window.print = () => { window.printed++; };',
    );
  });
});

describe('the whole visit', () => {
  it('no console error, no page error, no failed or foreign request, no dialog', () => {
    expect(logs.length).toBeGreaterThan(10);
    expectCleanLogs(logs);
  });
});
