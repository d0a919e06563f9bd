/**
 * The checker and the pages as journeys people finish, at 360 × 740 (a phone) and 1280 wide.
 * Back and the required first step; the result's summary card adds up its own items; 暂不符合 starts collapsed;
 * 大字 sizes (getComputedStyle) and tap targets (getBoundingClientRect) to 工信部's 适老化 numbers; the header's height;
 * search without JavaScript; 朗读 with a stubbed speechSynthesis. Expected figures are written out by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expectCleanLogs, type PageLog, useSharedPages, useSite, waitForIslands } from './harness';
import { readingModesScript } from './audit';

const site = useSite();
const logs: PageLog[] = [];
afterAll(() => expectCleanLogs(logs));

const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

interface Visit {
  large?: boolean;
  init?: string;
}

// one tab for each set of options and init scripts, reset between visits (harness.ts)
const sharedPage = useSharedPages(site);

async function visit<T>(
  path: string,
  options: BrowserContextOptions & Visit,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const { large, init, ...contextOptions } = options;
  const scripts = [...(large ? [readingModesScript({ large: true })] : []), ...(init ? [init] : [])];
  const { page, log } = await sharedPage(contextOptions, scripts);
  try {
    await page.goto(site().origin + path, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    // the shared page's log is emptied at its next visit: keep what this one recorded
    logs.push(structuredClone(log));
  }
}

/** Waits for a value (no fixed sleep): a loaded 2-core machine may take seconds to fetch a module or hydrate. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });

const heading = (page: Page) => page.locator('.checker h2').first().innerText();

describe('政策匹配: steps are history entries, and step 1 needs an answer', () => {
  it('下一步 without 个人/单位 stays on step 1 with the message at the field and in the error summary; Back and Forward move between steps with the answers kept', async () => {
    await visit('/check/', PHONE, async (page) => {
      await waitForIslands(page);
      await page.getByRole('button', { name: '下一步' }).click();
      const fieldset = page.locator('fieldset[aria-invalid="true"]');
      await poll(() => fieldset.count()).toBe(1);
      expect(await fieldset.locator('.calc-error').innerText()).toContain('请先回答这个问题：选择个人或单位');
      expect(await heading(page)).toContain('第 1 步');
      // the focus went to the error summary at the top of the step, whose link leads to the question
      await poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('check-error-summary');
      await page.locator('.check-error-summary a').click();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('kind');

      await page.getByLabel(/^个人/).check();
      await poll(() => fieldset.count()).toBe(0);
      await page.getByRole('button', { name: '下一步' }).click();
      await poll(() => heading(page)).toContain('第 2 步');
      await page.getByLabel(/^技师（二级）/).check();
      await page.getByRole('button', { name: '下一步' }).click();
      await poll(() => heading(page)).toContain('第 3 步');

      await page.goBack();
      await poll(() => heading(page)).toContain('第 2 步');
      expect(await page.getByLabel(/^技师（二级）/).isChecked()).toBe(true);
      await page.goBack();
      await poll(() => heading(page)).toContain('第 1 步');
      expect(await page.getByLabel(/^个人/).isChecked()).toBe(true);
      // an answer given on a later step survives going back past it (the checker writes it into the URL in an effect,
      // after the step is drawn: wait for it)
      await poll(async () => new URL(page.url()).searchParams.get('skillLevel')).toBe('technician');
      await page.goForward();
      await poll(() => heading(page)).toContain('第 2 步');
      expect(await page.getByLabel(/^技师（二级）/).isChecked()).toBe(true);
    });
  });

  it('the step indicator links to the steps already answered', async () => {
    await visit('/check/?kind=person&skillLevel=technician&step=3', PHONE, async (page) => {
      await waitForIslands(page);
      await poll(() => heading(page)).toContain('第 3 步');
      const links = page.locator('.check-steps a');
      expect(await links.allInnerTexts()).toEqual([
        expect.stringContaining('身份'),
        expect.stringContaining('技能等级'),
      ]);
      await links.nth(1).click();
      await poll(() => heading(page)).toContain('第 2 步');
      expect(await page.getByLabel(/^技师（二级）/).isChecked()).toBe(true);
      await page.goBack();
      await poll(() => heading(page)).toContain('第 3 步');
    });
  });
});

// 全市技能大赛第一名 (第十三条: 5000元, 可以享受) and 新培养高级技师 (第六条: 5000元 per person, 还需确认: who receives it is not said)
/**
 * A 高级工 newly trained as 高级技师 who came first in the city contest, with every question the checker asks answered
 * (an unanswered question leaves its benefit, and any amount it states, under 还需确认).
 */
const RESULT =
  '/check/?kind=person&skillLevel=advanced&trainingProject=new-senior-technician&frontline=no&outstandingContribution=no' +
  '&education=other&employed=yes&competitionPlacing=first&honours=&newlyIntroduced=no&step=result';

/** "5,000 元" → 5000; "20 万元" → 200000. */
function yuan(text: string): number {
  const m = /([\d,.]+)\s*(万)?元/.exec(text);
  if (!m) throw new Error(`no amount in ${text}`);
  return Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 10_000 : 1);
}

describe('政策匹配: a result to act on', () => {
  it('the summary card on top: counts per group, the sums equal the items under them, who to ask, and the actions', async () => {
    await visit(RESULT, PHONE, async (page) => {
      await waitForIslands(page);
      const top = page.locator('.check-top');
      await top.waitFor();
      const certain = await top.locator('[data-sum="certain"]').innerText();
      const toConfirm = await top.locator('[data-sum="to-confirm"]').innerText();
      expect(certain).toBe('5,000 元');
      expect(toConfirm).toBe('5,000 元');
      // the sums are the money items of their group, added up here
      const amounts = async (group: string) =>
        (
          await page
            .locator(
              `[data-group="${group}"] [data-benefit="${group === 'eligible' ? 'city-competition-award' : 'senior-technician-training-subsidy'}"] .amount`,
            )
            .allInnerTexts()
        ).map(yuan);
      expect(yuan(certain)).toBe((await amounts('eligible')).reduce((a, b) => a + b, 0));
      expect(yuan(toConfirm)).toBe((await amounts('needsConfirmation')).reduce((a, b) => a + b, 0));
      for (const [group, label] of [
        ['eligible', '可以享受'],
        ['needsConfirmation', '还需确认'],
        ['notEligible', '暂不符合'],
      ] as const) {
        const cards = await page.locator(`[data-group="${group}"] .result-card`).count();
        expect(await top.locator(`[data-count="${group}"]`).innerText()).toBe(
          `${group === 'eligible' ? '✓' : group === 'notEligible' ? '✗' : '?'} ${label} ${cards} 项`,
        );
      }
      expect(await top.locator('.check-next').innerText()).toContain('12333');
      for (const name of ['复制结果链接', '打印', '重新开始'])
        expect(await top.getByRole('button', { name }).isVisible()).toBe(true);
      // the print-only line: the date, and the rules' version
      expect(await top.locator('.check-printed:not(.check-printed-link)').textContent()).toMatch(
        /^\d{4}年\d{1,2}月\d{1,2}日根据本站第 \d+ 版规则/,
      );
    });
  });

  it('an enterprise is sent to 主管税务机关 for the education-fund deduction, and empty groups are not shown', async () => {
    await visit(
      '/check/?kind=organisation&organisationType=enterprise&leadingEnterprise=no&wages=1000000&educationSpending=50000&step=result',
      DESKTOP,
      async (page) => {
        await waitForIslands(page);
        await page.locator('.check-top').waitFor();
        expect(await page.locator('.check-next').innerText()).toContain('职工教育经费税前扣除请向主管税务机关咨询');
        for (const group of ['eligible', 'needsConfirmation', 'notEligible']) {
          const section = page.locator(`[data-group="${group}"]`);
          if ((await section.count()) > 0) expect(await section.locator('.result-card').count()).toBeGreaterThan(0);
        }
        expect(await page.locator('.result-group h2', { hasText: '（0 项）' }).count()).toBe(0);
      },
    );
  });

  it('暂不符合 starts collapsed with its count; its cards open on request; badges sit outside the headings and agree with the group', async () => {
    await visit(RESULT, PHONE, async (page) => {
      await waitForIslands(page);
      const group = page.locator('[data-group="notEligible"]');
      await group.waitFor();
      const details = group.locator('details.result-more');
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const count = await group.locator('.result-card').count();
      expect(count).toBeGreaterThan(0);
      expect(await group.locator('.result-card').first().isVisible()).toBe(false);
      expect(await details.locator(':scope > summary').innerText()).toBe(`显示 ${count} 项暂不符合的政策及原因`);
      await details.locator(':scope > summary').click();
      expect(await group.locator('.result-card').first().isVisible()).toBe(true);

      const cards = await page.$$eval('.result-card', (els) =>
        els.map((el) => ({
          group: el.closest('[data-group]')?.getAttribute('data-group'),
          heading: el.querySelector('h3')?.textContent ?? '',
          badgeInHeading: el.querySelector('h3 .result-kind, h3 .result-status') !== null,
          status: el.querySelector('.result-status')?.textContent ?? '',
          kind: el.querySelector('.result-kind')?.textContent ?? null,
        })),
      );
      const statusOf: Record<string, string> = {
        eligible: '✓ 可以享受',
        needsConfirmation: '? 还需确认',
        notEligible: '✗ 暂不符合',
      };
      for (const c of cards) {
        expect(c.badgeInHeading, c.heading).toBe(false);
        expect(c.status, c.heading).toBe(statusOf[c.group ?? '']);
        if (c.group === 'notEligible') expect(c.kind, c.heading).toBeNull();
      }
    });
  });
});

/** Visible controls smaller than `min` px (inline links in running text exempt; a radio or checkbox counts with its label). */
const smallTargets = (min: number) => `(() => {
  const bad = [];
  for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || el.closest('.visually-hidden')) continue;
    if (el.tagName === 'A' && s.display === 'inline') continue;
    let r = el.getBoundingClientRect();
    if ((el.type === 'radio' || el.type === 'checkbox') && el.labels && el.labels[0]) r = el.labels[0].getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.width < ${min} - 0.5 || r.height < ${min} - 0.5) bad.push(el.tagName.toLowerCase() + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 16) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
  }
  return bad;
})()`;

/**
 * Font size, line height and the gap after each visible paragraph of the main text. A .visually-hidden paragraph (the
 * search names an article page carries for Pagefind, aria-hidden too) is drawn for nobody: it is not main text.
 */
const PARAGRAPHS = `Array.from(document.querySelectorAll('main p')).filter((p) => p.getClientRects().length > 0 && p.textContent.trim().length > 20 && !p.closest('.calculator, .check-top, .note, .kicker, .cite-tools, figure, blockquote, .official-tag, .visually-hidden')).map((p) => {
  const s = getComputedStyle(p);
  return { text: p.textContent.trim().slice(0, 12), size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), gap: parseFloat(s.marginBottom) };
})`;

describe('适老化 (工信部《互联网网站适老化通用设计规范》)', () => {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`大字 on a ${name}: main text ≥ 24 px, line height ≥ 1.3, paragraphs further apart than their lines, targets ≥ 60 × 60`, async () => {
      for (const path of ['/measure/6/', '/check/']) {
        await visit(path, { ...viewport, large: true }, async (page) => {
          await waitForIslands(page);
          const paragraphs: { text: string; size: number; line: number; gap: number }[] =
            await page.evaluate(PARAGRAPHS);
          expect(paragraphs.length, path).toBeGreaterThan(0);
          for (const p of paragraphs) {
            expect(p.size, `${path} ${p.text}`).toBeGreaterThanOrEqual(24);
            expect(p.line / p.size, `${path} ${p.text}`).toBeGreaterThanOrEqual(1.3);
            // paragraph spacing (the gap after it) larger than the line spacing (the leading between its lines)
            expect(p.gap, `${path} ${p.text}`).toBeGreaterThan(p.line - p.size);
          }
          expect(await page.evaluate(smallTargets(60)), path).toEqual([]);
        });
      }
    });
  }

  it('normal mode on a phone: targets ≥ 44 × 44, on the checker too', async () => {
    for (const path of ['/', '/check/', '/measure/13/']) {
      await visit(path, PHONE, async (page) => {
        await waitForIslands(page);
        expect(await page.evaluate(smallTargets(44)), path).toEqual([]);
      });
    }
  });

  for (const large of [false, true]) {
    const limit = large ? 160 : 120;
    it(`at 360 × 740 ${large ? 'in 大字 ' : ''}the header is ≤ ${limit} px, search opens from it with its placeholder whole, and the home page's main action is above the fold`, async () => {
      // one tab goes from page to page, the home page last, where the test goes on
      const paths = ['/measure/6/', '/check/', '/glossary/', '/'];
      await visit(paths[0]!, { ...PHONE, large }, async (page) => {
        for (const path of paths) {
          if (path !== paths[0]) await page.goto(site().origin + path, { waitUntil: 'load' });
          const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
          expect(height, path).toBeLessThanOrEqual(limit);
          expect(height, path).toBeGreaterThan(40);
        }
        const action = page.locator('main a.button[href="/check/"]');
        const box = await action.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(740);
        expect(await page.locator('#header-q').isVisible()).toBe(false);
        await page.locator('[data-search-toggle]').click();
        expect(await page.locator('[data-search-toggle]').getAttribute('aria-expanded')).toBe('true');
        expect(await page.locator('#header-q').isVisible()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
        const fit = await page.locator('#header-q').evaluate((input) => {
          const el = input as HTMLInputElement;
          const s = getComputedStyle(el);
          const ctx = document.createElement('canvas').getContext('2d');
          if (!ctx) return { text: 0, room: 0, right: 0 };
          ctx.font = `${s.fontSize} ${s.fontFamily}`;
          const form = el.closest('form')?.getBoundingClientRect();
          return {
            text: ctx.measureText(el.placeholder).width,
            room: el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
            right: form?.right ?? 9999,
          };
        });
        expect(fit.text).toBeLessThanOrEqual(fit.room);
        expect(fit.right).toBeLessThanOrEqual(360);
        await page.keyboard.type('技师');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/search\/\?q=/);
      });
    });
  }

  it('keyboard focus on a choice draws the ring round the whole option card', async () => {
    await visit('/check/', DESKTOP, async (page) => {
      await waitForIslands(page);
      await page.getByLabel(/^个人/).focus();
      await page.keyboard.press('ArrowDown'); // keyboard focus (focus-visible) moves to 单位
      const ring = await page.evaluate(() => {
        const label = (document.activeElement as HTMLInputElement).labels?.[0];
        const s = label ? getComputedStyle(label) : null;
        return { style: s?.outlineStyle, width: parseFloat(s?.outlineWidth ?? '0'), label: label?.textContent ?? '' };
      });
      expect(ring.label).toContain('单位');
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('search without JavaScript is not a dead end', () => {
  it('no search form is shown on any page; /search/ leads to the articles, the glossary and the FAQ', async () => {
    for (const path of ['/measure/6/', '/404.html']) {
      await visit(path, { ...PHONE, javaScriptEnabled: false }, async (page) => {
        expect(await page.locator('form[role="search"]:visible').count(), path).toBe(0);
        expect(await page.locator('[data-search-toggle]').isVisible()).toBe(false);
        expect(await page.locator('.main-nav a[href="/glossary/"]').isVisible()).toBe(true);
      });
    }
    await visit('/search/?q=%E6%8A%80%E5%B8%88', { ...DESKTOP, javaScriptEnabled: false }, async (page) => {
      expect(await page.locator('form[role="search"]:visible').count()).toBe(0);
      const main = page.locator('main');
      expect(await main.locator('a[href="/glossary/"]').isVisible()).toBe(true);
      expect(await main.locator('a[href="/faq/"]').isVisible()).toBe(true);
      expect(await main.locator('a[href="/measure/6/"]').isVisible()).toBe(true);
      expect(await main.locator('a[href^="/measure/"]').count()).toBeGreaterThanOrEqual(20);
    });
  });
});

/** A speechSynthesis that records what it is asked to do (Chromium headless has no voices). */
const speechStub = (voices: string) => `(() => {
  const calls = [];
  window.__speech = calls;
  const synth = {
    getVoices: () => ${voices},
    speak: (u) => calls.push('speak:' + u.lang + ':' + u.text),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    cancel: () => calls.push('cancel'),
    addEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; } };
})()`;
const ZH = "[{ lang: 'zh-CN', name: '普通话' }]";

describe('朗读', () => {
  it('an article page without a widget: the button appears with a Chinese voice, loads its code on first click, reads the article in zh-CN, pauses, resumes and stops', async () => {
    await visit('/measure/2/', { ...DESKTOP, init: speechStub(ZH) }, async (page) => {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const button = page.locator('[data-read-aloud]');
      await poll(() => button.isVisible()).toBe(true);
      expect(await button.innerText()).toBe('朗读本条');
      expect(scripts).toEqual([]);
      await button.click();
      await poll(() =>
        page.evaluate(
          () => (window as unknown as { __speech: string[] }).__speech.filter((c) => c.startsWith('speak:')).length,
        ),
      ).toBeGreaterThan(0);
      expect(scripts).toHaveLength(1);
      const spoken: string[] = await page.evaluate(() => (window as unknown as { __speech: string[] }).__speech);
      const text = spoken.filter((c) => c.startsWith('speak:')).map((c) => c.slice('speak:'.length));
      expect(text.every((t) => t.startsWith('zh-CN:'))).toBe(true);
      expect(text.join('')).toContain('第二条');
      expect(text.join('')).not.toContain('朗读本条');
      expect(await button.innerText()).toBe('暂停朗读');
      await button.click();
      expect(await button.innerText()).toBe('继续朗读');
      await button.click();
      expect(await button.innerText()).toBe('暂停朗读');
      await page.locator('[data-read-stop]').click();
      expect(await button.innerText()).toBe('朗读本条');
      const calls: string[] = await page.evaluate(() =>
        (window as unknown as { __speech: string[] }).__speech.filter((c) => !c.startsWith('speak:')),
      );
      expect(calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    });
  });

  it('is hidden where the browser has no Chinese voice, and where there is no speech synthesis at all', async () => {
    await visit(
      '/measure/2/',
      { ...DESKTOP, init: speechStub("[{ lang: 'en-US', name: 'English' }]") },
      async (page) => {
        // the voices are asked for once the page is idle (src/scripts/reading-mode.ts): after that, still hidden
        await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 0))));
        expect(await page.locator('html').getAttribute('data-voice')).toBeNull();
        expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
      },
    );
    await visit(
      '/measure/2/',
      {
        ...DESKTOP,
        init: 'delete window.speechSynthesis; Object.defineProperty(window, "speechSynthesis", { value: undefined });',
      },
      async (page) => {
        expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
      },
    );
  });

  it('the checker result reads its summary card', async () => {
    await visit(RESULT, { ...PHONE, init: speechStub(ZH) }, async (page) => {
      await waitForIslands(page);
      const button = page.locator('.check-top [data-read-aloud]');
      await poll(() => button.isVisible()).toBe(true);
      await button.click();
      await poll(() => page.evaluate(() => (window as unknown as { __speech: string[] }).__speech.join(''))).toContain(
        '下一步',
      );
      const said: string = await page.evaluate(() => (window as unknown as { __speech: string[] }).__speech.join(''));
      expect(said).toContain('5,000 元');
      expect(said).not.toContain('复制结果链接');
    });
  });
});
