/**
 * The offline copy (scripts/service-worker.ts, registered by src/scripts/reading-mode.ts), in Chromium:
 * - after one visit to the home page, with the network cut: every saved page opens, the checker and every calculator
 *   compute, search finds 技师, and a page not saved shows the offline page, whose links all open;
 * - a new deploy: the banner names both versions, 刷新 brings the new version's page; a deploy without the service
 *   worker removes it (the kill switch).
 * The new deploy is a second real build, of the next release: a clean copy of the checkout (test/clean-copy.ts)
 * released as npm releases a package (`npm version minor`: package.json and package-lock.json), its release recorded
 * in content/changes.yaml as README asks, then built there by `astro build` for the address dist/ was built for, into
 * the copy's own dist/ and .astro/. One server answers at one origin from dist/, then from the copy's dist/, each with
 * the headers its own _headers gives (scripts/static-server.ts, as test/browser/global-setup.ts serves dist/): a host's
 * redeploy, after a visit to the first. The build starts with this file, so it runs while the journeys before it do.
 * One browser context per journey; the expected figures are the calculators' own tests' (test/browser/calculators).
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clearLog, distDir, expectClean, openPage, useSite } from './harness';
import { builtRoutes } from '../site/built';
import { cleanCopy } from '../clean-copy';
import { BUILD_SITE } from '../../src/integrations/site-build.ts';
import { calculatorNames } from '../../src/components/calculators';
import pkg from '../../package.json';

const site = useSite();
const SHOTS = process.env['SCREENSHOT_DIR'];

/** The next release, built in a clean copy of the checkout: its dist/ and its version (npm's, not computed here). */
interface Release {
  dist: string;
  version: string;
}

async function buildNextRelease(work: string, signal: AbortSignal): Promise<Release> {
  const run = (cmd: string, args: string[], env = process.env) =>
    promisify(execFile)(cmd, args, { cwd: work, env, signal, maxBuffer: 64 * 1024 * 1024 });
  await run('npm', ['version', 'minor', '--no-git-tag-version']);
  const { version } = JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')) as { version: string };
  // the release's entry on top of the change log, dated as the newest one (content/changes.yaml: newest first)
  const changes = join(work, 'content', 'changes.yaml');
  const log = readFileSync(changes, 'utf8');
  const newest = /^- date: (\S+)$/m.exec(log);
  if (!newest) throw new Error(`${changes} has no entry`);
  const entry = `- date: ${newest[1]}\n  version: ${version}\n  kind: site\n  summary: 测试用的下一版本，只在测试中构建。\n`;
  writeFileSync(changes, log.slice(0, newest.index) + entry + log.slice(newest.index));
  // built as dist/ was (scripts/test.ts: astro build, for the same address), into the copy's own dist/ and .astro/
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: readFileSync(join(distDir, BUILD_SITE), 'utf8') };
  for (const name of ['DIST_DIR', 'ASTRO_CACHE_DIR', 'BUILD_MODE']) delete env[name];
  await run(join(work, 'node_modules', '.bin', 'astro'), ['build'], env);
  return { dist: join(work, 'dist'), version };
}

const releaseWork = cleanCopy('xc-next-release-');
const stopRelease = new AbortController();
let nextRelease: Promise<Release> | undefined;
beforeAll(() => {
  nextRelease = buildNextRelease(releaseWork, stopRelease.signal);
  // awaited by the deploy tests; until then a failure must not count as an unhandled rejection
  nextRelease.catch(() => undefined);
});
afterAll(async () => {
  // when the deploy tests did not run (a filtered run), the build is stopped, not left writing into a removed folder
  stopRelease.abort();
  await nextRelease?.catch(() => undefined);
  rmSync(releaseWork, { recursive: true, force: true });
});

/** The pages the shipped service worker precaches, as paths ("/measure/2/"), read from dist/sw.js itself. */
function precachedPages(dir = distDir): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((u) => u.endsWith('index.html'))
    .map((u) => `/${u.slice(0, -'index.html'.length)}`);
}

/** The service worker controls the page and has saved everything: the button says so, with the version. */
async function waitUntilSaved(page: Page, version: string): Promise<void> {
  await expect
    .poll(() => page.locator('.site-footer [data-offline-save]').innerText())
    .toBe(`已离线保存（版本 ${version}）`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const resultText = (page: Page) => page.locator('.calc-result').first().innerText();

/**
 * Any calculator of the registry, offline: its code runs. A text field takes a wrong value and shows its error next to
 * it; a calculator that asks only by choices answers a tick in its first question with a new result. Derived, so a calculator added to the
 * registry is checked with nothing written here.
 */
async function answersAReader(page: Page, name: string): Promise<void> {
  const calculator = page.locator('.calculator-body').first();
  const text = calculator.locator('.calc-form input[type=text]').first();
  if ((await text.count()) > 0) {
    await text.fill('abc');
    await text.press('Tab');
    await expect.poll(() => text.getAttribute('aria-invalid'), { message: name }).toBe('true');
    return;
  }
  const result = calculator.locator('[id$="-result"]').first();
  const before = await result.innerText();
  await calculator.locator('.calc-form fieldset').first().locator('input:not(:checked)').last().check();
  await expect.poll(() => result.innerText(), { message: name }).not.toBe(before);
}

/** Where written: a calculator's case typed or ticked as a reader does, and a figure of the measure's. */
const CALCULATOR_CASES: Partial<Record<(typeof calculatorNames)[number], (page: Page) => Promise<void>>> = {
  'training-subsidy': async (page) => {
    await page.getByLabel('新培养技师人数', { exact: true }).fill('3');
    await expect.poll(() => resultText(page)).toContain('合计：1.2 万元');
  },
  'education-fund': async (page) => {
    await page.getByLabel('本年工资薪金总额', { exact: true }).fill('120万');
    await page.getByLabel('本年职工教育经费支出', { exact: true }).fill('100,000');
    await page.getByLabel('其中用于一线职工培训的支出', { exact: true }).fill('70000');
    await expect.poll(() => resultText(page)).toContain('本年可税前扣除：96,000.00 元');
  },
  'master-studio': async (page) => {
    await page.getByLabel('新认定的市级技能大师工作室数量', { exact: true }).fill('3');
    await expect.poll(() => resultText(page)).toMatch(/3 个 × 10 万元\s+30 万元/);
  },
  'technician-date': async (page) => {
    await page
      .getByRole('group', { name: /技师班学生吗/ })
      .getByLabel('是', { exact: true })
      .check();
    await page.getByLabel('取得高级工（三级）证书的日期', { exact: true }).fill('2020-03-10');
    await expect.poll(() => resultText(page)).toContain('最早可申报技师（二级）：2022年3月11日');
  },
  'competition-award': async (page) => {
    await page.getByLabel(/^第二名/).check();
    await expect.poll(() => resultText(page)).toContain('第二名奖励：3,000 元');
  },
  'graduate-support': async (page) => {
    await page.getByLabel('技工院校预备技师（技师）班').check();
    await expect.poll(() => resultText(page)).toContain('参照本科学历');
  },
  'title-direct': async (page) => {
    await page.getByLabel('世界技能大赛金牌', { exact: true }).check();
    await expect.poll(() => resultText(page)).toMatch(/直接申报相应系列正高级职称：✓ 可以/);
  },
};

describe('offline, after one visit to the home page', () => {
  it('saves the core (every article, /check/, the calculators, glossary, FAQ, guides, /tu/, search), not /batch/', () => {
    const saved = new Set(precachedPages());
    const core = builtRoutes().filter((r) =>
      /^\/($|measure\/|check\/$|calculators\/|glossary\/$|faq\/$|guides\/|tu\/$|search\/$|offline\/$)/.test(r),
    );
    expect(core.length).toBeGreaterThan(30);
    expect(core.filter((r) => !saved.has(r))).toEqual([]);
    expect(saved.has('/batch/')).toBe(false);
    expect(saved.has('/404.html')).toBe(false);
  });

  it('every saved page opens, the checker and every calculator compute, search finds 技师, others get the offline page', async () => {
    const { page, log, close } = await openPage(site(), {
      serviceWorkers: 'allow',
      httpCache: true,
      viewport: { width: 360, height: 740 },
    });
    try {
      await page.goto(site().origin + '/', { waitUntil: 'load' });
      await waitUntilSaved(page, pkg.version);
      if (SHOTS) await page.locator('.site-footer').screenshot({ path: join(SHOTS, 'offline-saved-360.png') });
      expectClean(log);
      await page.context().setOffline(true);

      for (const path of precachedPages()) {
        const response = await page.goto(site().origin + path, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        if (path !== '/offline/') expect(await page.locator('h1').first().innerText(), path).not.toBe('现在没有网络');
      }

      await page.goto(site().origin + '/check/?kind=person&competitionPlacing=second&step=result');
      const card = page.locator('main [data-benefit="city-competition-award"]');
      await expect.poll(() => card.innerText()).toContain('3,000');
      await card.getByText('查看第十三条原文').click();
      await expect.poll(() => card.locator('blockquote').innerText()).toContain('全市技能大赛第一名、第二名、第三名');

      const openCalculator = async (name: string) => {
        await page.goto(`${site().origin}/calculators/${name}/`);
        await page.locator('.calculator').first().scrollIntoViewIfNeeded();
        await page.locator('.calculator [data-hydrated]').first().waitFor({ state: 'attached' });
      };
      for (const name of calculatorNames) {
        await openCalculator(name);
        await answersAReader(page, name);
        const written = CALCULATOR_CASES[name];
        if (written === undefined) continue;
        // from the page's own address again: the change above is kept in the link (src/widgets/calculator-link.ts)
        await openCalculator(name);
        await written(page);
      }

      await page.goto(`${site().origin}/search/?q=${encodeURIComponent('技师')}`);
      await page.waitForSelector('.search-results li a[href^="/measure/"]');
      expect(await page.locator('.search-status').innerText()).toMatch(/找到 \d+ 个相关页面/);

      // a page not saved: the offline page, in Chinese, and each of its links opens
      const response = await page.goto(site().origin + '/batch/');
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').innerText()).toBe('现在没有网络');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'offline-page-360.png'), fullPage: true });
      const links = await page
        .locator('main a[href^="/"]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links.length).toBeGreaterThan(30);
      const saved = new Set(precachedPages());
      expect(links.filter((l) => !saved.has(l))).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    } finally {
      await page
        .context()
        .setOffline(false)
        .catch(() => undefined);
      await close();
    }
    // one journey through about forty pages and eight widgets
  }, 240_000);
});

describe('data plans first: with Save-Data or on 2G', () => {
  /** The page as a phone with this connection shows it (navigator.connection before the page's own script runs). */
  async function openWith(connection: { saveData: boolean; effectiveType: string }) {
    const opened = await openPage(site(), {
      serviceWorkers: 'allow',
      httpCache: true,
      viewport: { width: 360, height: 740 },
    });
    await opened.page.addInitScript((c) => Object.defineProperty(navigator, 'connection', { value: c }), connection);
    const asked: string[] = [];
    opened.page.context().on('request', (r) => {
      if (r.url().endsWith('/sw.js') || r.serviceWorker()) asked.push(r.url());
    });
    return { ...opened, asked };
  }
  /** Two pages loaded and the browser idle after each: when the service worker would have been registered. */
  async function browseTwoPages(page: Page): Promise<void> {
    for (const path of ['/', '/measure/2/']) {
      await page.goto(site().origin + path, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((idle) => requestIdleCallback(() => requestIdleCallback(idle))));
    }
  }

  it('on 2G nothing is registered or fetched for offline use', async () => {
    const { page, log, close, asked } = await openWith({ saveData: false, effectiveType: '2g' });
    try {
      await browseTwoPages(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(asked).toEqual([]);
      expectClean(log);
    } finally {
      await close();
    }
  });

  it('with Save-Data, nothing is saved until the reader presses 离线保存本站（约 N MB）; then it says 已离线保存 and the version', async () => {
    const { page, log, close, asked } = await openWith({ saveData: true, effectiveType: '4g' });
    try {
      await browseTwoPages(page);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(asked).toEqual([]);
      // the size is what the saved files weigh as a host sends them (gzip), in MB with one decimal, rounded up
      const files = [...readFileSync(join(distDir, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
      const bytes = files.reduce((a, f) => a + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length, 0);
      const button = page.locator('.site-footer [data-offline-save]');
      expect(await button.innerText()).toBe(`离线保存本站（约 ${(Math.ceil(bytes / 1e5) / 10).toFixed(1)} MB）`);
      if (SHOTS) await page.locator('.site-footer').screenshot({ path: join(SHOTS, 'offline-button-360.png') });
      await button.click();
      await waitUntilSaved(page, pkg.version);
      expect(
        asked.filter((u) => u.endsWith('/measure/2/index.html') || u.includes('/pagefind/')).length,
      ).toBeGreaterThan(1);
      expectClean(log);
    } finally {
      await close();
    }
  });
});

describe('a new deploy', () => {
  // one origin, whose files change under it as a host's do on a deploy
  let root = distDir;
  let server: Server | undefined;
  let second = '';
  let next = '';
  // a build takes about 20 s on a quiet machine; on a busy one, with the browser tests beside it, several times that
  beforeAll(async () => {
    ({ dist: second, version: next } = await nextRelease!);
  }, 300_000);
  afterAll(async () => {
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  });

  it('shows 本站已更新（old → new）, 刷新 brings the new version; a deploy without the worker removes it', async () => {
    expect(next).not.toBe(pkg.version);
    const { createStaticHandler } = await import('../../scripts/static-server.ts');
    const handlers = new Map<string, ReturnType<typeof createStaticHandler>>();
    server = createServer((req, res) => {
      if (!handlers.has(root)) handlers.set(root, createStaticHandler(root));
      void handlers.get(root)!(req, res);
    });
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { page, log, close } = await openPage(
      { ...site(), origin },
      { serviceWorkers: 'allow', httpCache: true, viewport: { width: 360, height: 740 } },
    );
    try {
      await page.goto(origin + '/', { waitUntil: 'load' });
      await waitUntilSaved(page, pkg.version);

      root = second; // the deploy
      await page.goto(origin + '/measure/2/', { waitUntil: 'load' });
      // still the saved version's page (and so its code) until the reader asks for the new one
      expect(await page.locator('[data-site-version]').getAttribute('data-site-version')).toBe(pkg.version);
      const banner = page.locator('[data-sw-update]');
      await banner.waitFor({ state: 'visible' });
      expect(await banner.innerText()).toContain(`本站已更新（${pkg.version} → ${next}）`);
      expect(await banner.locator('a').getAttribute('href')).toBe('/changes/');
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'update-banner-360.png') });
      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: '刷新' }).click()]);
      await expect.poll(() => page.locator('[data-site-version]').getAttribute('data-site-version')).toBe(next);
      expect(await page.locator('[data-sw-update]').isHidden()).toBe(true);
      await waitUntilSaved(page, next);
      expectClean(log);

      // a deploy without the service worker: it unregisters, its caches go, and the page comes from the server
      for (const file of ['sw.js', 'sw.js.br', 'sw.js.gz']) rmSync(join(second, file), { force: true });
      clearLog(log);
      await page.goto(origin + '/measure/3/', { waitUntil: 'load' });
      await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0);
      await page.waitForFunction(() => navigator.serviceWorker.controller === null);
      expect(await page.evaluate(() => caches.keys())).toEqual([]);
      const fresh = await page.reload({ waitUntil: 'load' });
      expect(fresh?.fromServiceWorker()).toBe(false);
    } finally {
      await close();
    }
  }, 180_000);
});
