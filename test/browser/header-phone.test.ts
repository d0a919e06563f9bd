/**
 * The header on a phone (360 px), in the normal mode and in 大字: the navigation's focus ring is drawn whole, not clipped
 * by the scrolling row; the row shows that it scrolls (a light edge at the side where more items are) and every item can
 * be reached; the site's name breaks only between its words. Also: /favicon.ico exists, and /check/ without
 * JavaScript lists the benefits with their conditions and says that the personal result needs JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { benefitDeclarations, conditionsFor } from '../../src/rules';
import { siteNameParts } from '../../src/lib/site';
import { expectCleanLogs, useSharedPages, useSite, withCleanPage } from './harness';
import { readingModesScript } from './audit';

const site = useSite();
// one tab for each mode, reset between tests (harness.ts): a fresh context a visit started a renderer each time
const sharedPage = useSharedPages(site);

const MODES = [
  ['normal', false],
  ['大字', true],
] as const;

/**
 * A page at `width` × 740, in 大字 when `large` (the switch's own stored choice, read before the first paint). The
 * window takes its width before the page loads, as a phone of that width opens it.
 */
async function withPhone(path: string, width: number, large: boolean, fn: (page: Page) => Promise<void>) {
  const { page, log } = await sharedPage(
    { viewport: { width: 360, height: 740 } },
    large ? [readingModesScript({ large: true })] : [],
  );
  if (width !== 360) await page.setViewportSize({ width, height: 740 });
  await page.goto(site().origin + path, { waitUntil: 'load' });
  expect(page.viewportSize()?.width).toBe(width);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-large-text'))).toBe(large);
  await fn(page);
  expectCleanLogs([log]);
}

/**
 * Where the focused element's ring is drawn (its box grown by the outline and any outer box-shadow) and the part of
 * the page that can show it (the viewport, cut by every ancestor that clips).
 */
function ringAndClip(el: Element) {
  const cs = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const outline = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth) + parseFloat(cs.outlineOffset);
  const shadows = cs.boxShadow === 'none' ? [] : cs.boxShadow.split(/,(?![^(]*\))/);
  const shadow = Math.max(
    0,
    ...shadows
      .filter((s) => !s.includes('inset'))
      .map((s) => {
        const px = (s.match(/-?[\d.]+px/g) ?? []).map(parseFloat);
        return Math.max(Math.abs(px[0] ?? 0), Math.abs(px[1] ?? 0)) + (px[2] ?? 0) + (px[3] ?? 0);
      }),
  );
  const grow = Math.max(outline, shadow, 0);
  const ring = { left: box.left - grow, top: box.top - grow, right: box.right + grow, bottom: box.bottom + grow };
  const clip = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (let e = el.parentElement; e; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const b = e.getBoundingClientRect();
    clip.left = Math.max(clip.left, b.left + e.clientLeft);
    clip.top = Math.max(clip.top, b.top + e.clientTop);
    clip.right = Math.min(clip.right, b.left + e.clientLeft + e.clientWidth);
    clip.bottom = Math.min(clip.bottom, b.top + e.clientTop + e.clientHeight);
  }
  return { ring, clip, drawn: cs.outlineStyle !== 'none' };
}

/** Tabs through the navigation from its start; for each link, what ringAndClip saw. */
async function tabThroughNav(page: Page) {
  const links = page.locator('.main-nav a');
  const n = await links.count();
  await links.first().focus();
  await page.keyboard.press('Shift+Tab');
  const seen = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    expect(await links.nth(i).evaluate((a) => a === document.activeElement)).toBe(true);
    // the focused link is scrolled into view (smoothly or not): wait until it has settled
    await expect
      .poll(async () => {
        const a = await links.nth(i).evaluate((el) => el.getBoundingClientRect().left);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        return a === (await links.nth(i).evaluate((el) => el.getBoundingClientRect().left));
      })
      .toBe(true);
    seen.push({ label: await links.nth(i).innerText(), ...(await links.nth(i).evaluate(ringAndClip)) });
  }
  return seen;
}

describe.each(MODES)('the header at 360 px, %s', (_mode, large) => {
  it('each navigation link, reached with Tab, shows its whole focus ring', async () => {
    await withPhone('/', 360, large, async (page) => {
      for (const { label, ring, clip, drawn } of await tabThroughNav(page)) {
        expect(drawn, label).toBe(true);
        expect(ring.left, label).toBeGreaterThanOrEqual(clip.left - 0.5);
        expect(ring.top, label).toBeGreaterThanOrEqual(clip.top - 0.5);
        expect(ring.right, label).toBeLessThanOrEqual(clip.right + 0.5);
        expect(ring.bottom, label).toBeLessThanOrEqual(clip.bottom + 0.5);
      }
    });
  });

  it('the navigation shows that it scrolls: a light edge where more items are, none past the end', async () => {
    await withPhone('/', 360, large, async (page) => {
      const nav = page.locator('.main-nav');
      const overflows = await nav.evaluate((n) => n.scrollWidth > n.clientWidth);
      // in the normal mode the six items fit in one row; in 大字 they cannot
      expect(overflows).toBe(large);
      if (!overflows) return;
      /** The brightness (0–255) of the nav's first and last column of pixels, in its middle row, as drawn. */
      const edges = async () => {
        const box = (await nav.boundingBox())!;
        const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
        const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        const at = (x: number) => {
          const i = (Math.floor(info.height / 2) * info.width + x) * 3;
          return ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
        };
        return { left: at(0), right: at(info.width - 1) };
      };
      const start = await edges();
      expect(start.right - start.left).toBeGreaterThan(40);
      await nav.evaluate((n) => n.scrollTo({ left: n.scrollWidth, behavior: 'instant' }));
      await expect.poll(() => nav.evaluate((n) => n.scrollLeft + n.clientWidth >= n.scrollWidth - 1)).toBe(true);
      const end = await edges();
      expect(end.left - end.right).toBeGreaterThan(40);
    });
  });

  it('every navigation item can be reached: scrolled into view, it is what a tap at its middle hits', async () => {
    await withPhone('/', 360, large, async (page) => {
      const links = page.locator('.main-nav a');
      for (let i = 0; i < (await links.count()); i++) {
        await links.nth(i).scrollIntoViewIfNeeded();
        const box = await links.nth(i).boundingBox();
        expect(box).not.toBeNull();
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href') ?? null,
          [box!.x + box!.width / 2, box!.y + box!.height / 2],
        );
        expect(hit).toBe(await links.nth(i).getAttribute('href'));
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      }
    });
  });
});

describe('the site’s name', () => {
  it.each([320, 360, 412])('breaks only between its words at %i px, in both modes', async (width) => {
    for (const [, large] of MODES)
      await withPhone('/', width, large, async (page) => {
        const words = await page.locator('.site-name span').evaluateAll((spans) =>
          spans.map((s) => {
            // one line box per line the word's text runs over
            const range = document.createRange();
            range.selectNodeContents(s);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return { text: s.textContent, lines: tops.size };
          }),
        );
        expect(words.map((w) => w.text)).toEqual([...siteNameParts]);
        expect(words.map((w) => w.text).join('')).toBe('许昌高技能人才政策');
        for (const w of words) expect(w.lines, `${w.text} at ${width} px`).toBe(1);
      });
  });
});

describe('favicon', () => {
  it('/favicon.ico is an icon', async () => {
    const r = await fetch(`${site().origin}/favicon.ico`);
    expect(r.status).toBe(200);
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});

describe('/check/ without JavaScript', () => {
  it('opened from a result link: says the personal result needs JavaScript, lists every benefit with its conditions', async () => {
    await withCleanPage(
      site(),
      '/check/?kind=person&skillLevel=advanced&step=result',
      { javaScriptEnabled: false },
      async (page) => {
        const nojs = page.locator('.check-nojs');
        expect(await nojs.isVisible()).toBe(true);
        expect(await nojs.innerText()).toContain('您的个人结果需要启用 JavaScript 才能计算');
        for (const kind of ['person', 'organisation'] as const) {
          const section = page.locator(`.check-nojs section:has(#nojs-${kind})`);
          const expected = benefitDeclarations.filter((b) => (b.audience.types as readonly string[]).includes(kind));
          expect(
            await section
              .locator('li[data-benefit]')
              .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-benefit'))),
          ).toEqual(expected.map((b) => b.id));
          for (const b of expected) {
            const text = await section.locator(`li[data-benefit="${b.id}"]`).innerText();
            expect(text).toContain(b.title);
            for (const c of conditionsFor(b, kind)) expect(text).toContain(c.text);
          }
        }
      },
    );
  });
});
