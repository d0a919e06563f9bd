/**
 * Accessibility and 适老化 (README.md, Tests) beyond what every page gets (every-page.ts): the reading mode itself
 * (persists across pages and visits, applied before the page is drawn, keyboard operable); a keyboard-only journey
 * through the header search; axe on the checker with a result and on a calculator showing an error.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean, openPage, type PageOptions, useSharedPages, useSite, waitForIslands } from './harness';
import { builtRoutes } from '../site/built';
import { presetReadingModes, runAxe } from './audit';

const site = useSite();
// one tab for each set of options, reset between tests (harness.ts), instead of a fresh context a visit; the browser
// also keeps axe's compiled code within a tab (every-page.ts)
const sharedPage = useSharedPages(site);

async function withPage<T>(path: string, fn: (page: Page) => Promise<T>, options: PageOptions = {}): Promise<T> {
  const { page, log } = await sharedPage(options);
  await page.goto(site().origin + path, { waitUntil: 'load' });
  const result = await fn(page);
  expectClean(log);
  return result;
}

describe('大字 / 高对比 reading mode', () => {
  const htmlState = `({
    large: document.documentElement.hasAttribute('data-large-text'),
    contrast: document.documentElement.hasAttribute('data-high-contrast'),
    fontSize: getComputedStyle(document.documentElement).fontSize,
    ink: getComputedStyle(document.body).color,
    paper: getComputedStyle(document.body).backgroundColor,
    pressed: [document.querySelector('[data-reading-toggle="large"]').getAttribute('aria-pressed'), document.querySelector('[data-reading-toggle="contrast"]').getAttribute('aria-pressed')],
  })`;
  type HtmlState = {
    large: boolean;
    contrast: boolean;
    fontSize: string;
    ink: string;
    paper: string;
    pressed: [string, string];
  };

  it('switches on from any page, carries over to the next page and the next visit, and switches off again', async () => {
    const opened = await openPage(site(), { viewport: { width: 1280, height: 800 } });
    const { page } = opened;
    try {
      await page.goto(`${site().origin}/measure/6/`);
      const before = (await page.evaluate(htmlState)) as HtmlState;
      expect(before).toMatchObject({ large: false, contrast: false, fontSize: '17px', pressed: ['false', 'false'] });

      await page.click('[data-reading-toggle="large"]');
      await page.click('[data-reading-toggle="contrast"]');
      const on = (await page.evaluate(htmlState)) as HtmlState;
      expect(on).toMatchObject({
        large: true,
        contrast: true,
        fontSize: '24px',
        ink: 'rgb(0, 0, 0)',
        paper: 'rgb(255, 255, 255)',
        pressed: ['true', 'true'],
      });

      // the next page
      await page.click('nav a[href="/about/"]');
      await page.waitForURL(/\/about\/$/);
      expect((await page.evaluate(htmlState)) as HtmlState).toMatchObject({
        large: true,
        contrast: true,
        fontSize: '24px',
        pressed: ['true', 'true'],
      });

      // the next visit: a new browser context with what this one stored
      const storageState = await page.context().storageState();
      const later = await openPage(site(), { storageState });
      try {
        await later.page.goto(`${site().origin}/`);
        expect((await later.page.evaluate(htmlState)) as HtmlState).toMatchObject({
          large: true,
          contrast: true,
          pressed: ['true', 'true'],
        });
        await later.page.click('[data-reading-toggle="large"]');
        await later.page.reload();
        expect((await later.page.evaluate(htmlState)) as HtmlState).toMatchObject({
          large: false,
          contrast: true,
          fontSize: '17px',
          pressed: ['false', 'true'],
        });
        expectClean(later.log);
      } finally {
        await later.close();
      }
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('a saved choice is on the root element before anything of the page exists to be drawn', async () => {
    // When the mode attribute appears, the parser has built nothing of <body> but the classic inline script that
    // set it, so no paint can show the normal look first. (How soon, in milliseconds, is measured by npm run bench.)
    const opened = await openPage(site());
    const { page } = opened;
    try {
      await presetReadingModes(page.context(), { large: true, contrast: true });
      await page.context().addInitScript(`
        window.__whenSet = null;
        new MutationObserver(() => {
          const root = document.documentElement;
          if (window.__whenSet === null && root && root.hasAttribute('data-high-contrast') && root.hasAttribute('data-large-text')) {
            const body = document.body;
            window.__whenSet = {
              bodyChildren: body ? Array.from(body.children).map((e) => e.tagName) : [],
              stylesheetsApplied: document.styleSheets.length,
            };
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-high-contrast', 'data-large-text'] });
      `);
      await page.goto(`${site().origin}/measure/6/`, { waitUntil: 'load' });
      const whenSet: { bodyChildren: string[] } | null = await page.evaluate('window.__whenSet');
      expect(whenSet).not.toBeNull();
      expect(whenSet?.bodyChildren).toEqual(['SCRIPT']);
      // that script is a classic, blocking one ahead of everything visible
      const first: string = await page.evaluate(`(() => {
        const s = document.body.firstElementChild;
        return [s.tagName, s.getAttribute('type') ?? '', s.hasAttribute('src'), s.hasAttribute('async'), s.hasAttribute('defer')].join('|');
      })()`);
      expect(first).toBe('SCRIPT||false|false|false');
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('works from the keyboard alone: Space and Enter toggle, the state is announced by aria-pressed and shown by a tick', async () => {
    await withPage('/', async (page) => {
      const large = page.locator('[data-reading-toggle="large"]');
      for (let i = 0; i < 12 && !(await large.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      expect(await large.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Space');
      expect(await large.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.getAttribute('[data-reading-toggle="contrast"]', 'aria-pressed')).toBe('true');
      // colour is not the only signal: a pressed switch shows a tick
      const tick: string = await large.evaluate((el) => getComputedStyle(el, '::before').content);
      expect(tick).toContain('✓');
      expect(
        await page.evaluate(
          `document.documentElement.hasAttribute('data-large-text') && document.documentElement.hasAttribute('data-high-contrast')`,
        ),
      ).toBe(true);
    });
  });

  it('is hidden, not broken, without JavaScript', async () => {
    await withPage(
      '/measure/6/',
      async (page) => {
        expect(await page.locator('[data-reading-toggle="large"]').isVisible()).toBe(false);
        expect(await page.getAttribute('html', 'data-js')).toBeNull();
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('keyboard-only journey through the header search', () => {
  it('Tab to the search field, type, Enter, Tab to the first result, Enter opens it', async () => {
    await withPage('/measure/2/', async (page) => {
      let tabs = 0;
      while (tabs < 10 && (await page.evaluate('document.activeElement?.id')) !== 'header-q') {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await page.evaluate('document.activeElement?.id')).toBe('header-q');
      await page.keyboard.type('技能大师工作室');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.waitForSelector('.search-results li a');
      const firstHref = await page.getAttribute('.search-results li a', 'href');
      let onResult = false;
      for (let i = 0; i < 40 && !onResult; i++) {
        await page.keyboard.press('Tab');
        onResult = await page.evaluate(`document.activeElement === document.querySelector('.search-results li a')`);
      }
      expect(onResult).toBe(true);
      const indicator: boolean = await page.evaluate(
        `getComputedStyle(document.activeElement).outlineStyle !== 'none'`,
      );
      expect(indicator).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === new URL(firstHref ?? '/', site().origin).pathname);
      // the first result for 技能大师工作室 is 第八条 or its calculator
      expect(new URL(page.url()).pathname).toMatch(/^\/(measure\/8|calculators\/[a-z-]+)\/$/);
    });
  });
});

/** A 技师 who is new from the 技师项目 and won a placing: a result with items in every group. */
const CHECKER_RESULT = `/check/?${new URLSearchParams({
  kind: 'person',
  skillLevel: 'technician',
  trainingProject: 'new-technician',
  frontline: 'yes',
  outstandingContribution: 'no',
  education: 'other',
  employed: 'yes',
  competitionPlacing: 'first',
  newlyIntroduced: 'no',
  step: 'result',
}).toString()}`;

describe('widgets in their states', () => {
  it('/check/ with a result shown: no axe violation', async () => {
    await withPage(CHECKER_RESULT, async (page) => {
      await waitForIslands(page);
      expect(await page.locator('main [data-benefit]').count()).toBeGreaterThan(3);
      expect(await runAxe(page)).toEqual([]);
    });
  });

  const typedCalculators = builtRoutes().filter((r) =>
    /^\/calculators\/(training-subsidy|education-fund|master-studio)\/$/.test(r),
  );
  it('the calculators with typed number fields are built', () => {
    expect(typedCalculators).toHaveLength(3);
  });
  it.each(typedCalculators)(
    '%s showing an error for bad input: no axe violation, the error is tied to its field',
    async (path) => {
      {
        await withPage(path, async (page) => {
          await waitForIslands(page);
          const field = page
            .locator('main [data-island] input[type="text"], main [data-island] input:not([type])')
            .first();
          await field.fill('abc');
          await field.blur();
          await page.waitForSelector('main [aria-invalid="true"]');
          const message: string = await page.evaluate(`(() => {
          const f = document.querySelector('main [aria-invalid="true"]');
          const ids = (f.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
        })()`);
          expect(message, `${path}: the error message tied to the field`).toMatch(/[\u4e00-\u9fff]/);
          expect(await runAxe(page), path).toEqual([]);
        });
      }
    },
  );
});
