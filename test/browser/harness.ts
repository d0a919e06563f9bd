/**
 * Browser tests run the built site in Debian's Chromium through playwright-core. test/browser/global-setup.ts serves
 * dist/ and starts one Chromium for the whole run; each test file connects to it with `useSite()`.
 *
 * Every page opened through `openPage` records what would make it unclean (`expectClean`): console errors and
 * warnings, page errors, dialogs, requests that failed or answered with an error status, and any request that would
 * leave the local server (such requests are aborted).
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export { distDir } from '../site/built';

export interface Site {
  origin: string;
  browser: Browser;
}

/**
 * The running site and browser for this test file (connected in beforeAll, disconnected in afterAll). Call it from the
 * test file, or from a function the file calls, never at the top of a module that files share: the browser project
 * loads such a module once per worker (vitest.config.ts, isolate: false), so its hooks would belong to one file.
 */
export function useSite(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = { origin: inject('siteOrigin'), browser: await chromium.connect(inject('browserEndpoint')) };
  });
  afterAll(async () => {
    await site?.browser.close();
  });
  return () => {
    if (!site) throw new Error('the site is not started yet');
    return site;
  };
}

export interface PageLog {
  consoleProblems: string[];
  pageErrors: string[];
  externalRequests: string[];
  /** Requests that failed, or answered 4xx/5xx, other than `expectedStatus` for the page itself. */
  failedRequests: string[];
  /** alert/confirm/prompt/beforeunload messages (each is dismissed). */
  dialogs: string[];
  /** Set by a test that opens a page expected to answer with this status (its console reports it). */
  expectedStatus?: number;
}

/** What the page did that a reader should never see, as one list ("" when clean). */
function problems(log: PageLog): string[] {
  const statusNoise = (m: string) => log.expectedStatus !== undefined && m.includes(`status of ${log.expectedStatus}`);
  return [
    ...log.consoleProblems.filter((m) => !statusNoise(m)).map((m) => `console ${m}`),
    ...log.pageErrors.map((m) => `page error: ${m}`),
    ...log.externalRequests.map((m) => `request left the local server: ${m}`),
    ...log.failedRequests.map((m) => `failed request: ${m}`),
    ...log.dialogs.map((m) => `dialog: ${m}`),
  ];
}

/** No console error or warning, no page error, no dialog, no failed request and none that left the local server. */
export function expectClean(...logs: PageLog[]): void {
  expect(logs.flatMap(problems)).toEqual([]);
}

/** The same, for the pages of a whole test file. */
export function expectCleanLogs(logs: readonly PageLog[]): void {
  expectClean(...logs);
}

/** Empties a page's log, for a page that goes on to the next route of a test file. */
export function clearLog(log: PageLog): void {
  for (const list of [log.consoleProblems, log.pageErrors, log.externalRequests, log.failedRequests, log.dialogs]) {
    list.length = 0;
  }
  delete log.expectedStatus;
}

export interface OpenedPage {
  page: Page;
  log: PageLog;
  close: () => Promise<void>;
}

/**
 * A fresh context and page; requests to anything but the local server are aborted and logged. With `httpCache`, they
 * are logged and not aborted: Playwright's request interception turns the browser's HTTP cache off, and a test of
 * what a page fetches ahead for the next (prefetch) needs it on. The site's service worker (scripts/service-worker.ts)
 * is blocked unless `serviceWorkers: 'allow'`: it would save the whole site (about 1 MB, 120 files) in every fresh
 * context, and only test/browser/offline.test.ts is about it.
 */
export async function openPage(site: Site, options: PageOptions = {}): Promise<OpenedPage> {
  const { httpCache = false, ...contextOptions } = options;
  const context = await site.browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  const log: PageLog = { consoleProblems: [], pageErrors: [], externalRequests: [], failedRequests: [], dialogs: [] };
  const local = new URL(site.origin).host;
  const foreign = (url: URL) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== local;
  if (httpCache)
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (foreign(url)) log.externalRequests.push(url.href);
    });
  else
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (!foreign(url)) return route.continue();
      log.externalRequests.push(url.href);
      return route.abort();
    });
  const swBlocked = (contextOptions.serviceWorkers ?? 'block') === 'block';
  page.on('console', (m) => {
    // Playwright's own notice that it blocked the site's service worker (above), not the site's
    if (swBlocked && m.text().startsWith('Service Worker registration blocked by Playwright')) return;
    if (m.type() === 'error' || m.type() === 'warning')
      log.consoleProblems.push(`${m.type()}: ${m.text()} (${page.url()})`);
  });
  page.on('pageerror', (e) => log.pageErrors.push(`${e.message} (${page.url()})`));
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const scriptsOff = options.javaScriptEnabled === false;
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // aborted by us (a foreign request, logged above) or by the page itself navigating on: not a failure of the site;
    // with JavaScript off, Chromium refuses the page's module preloads (reported as "csp")
    if (new URL(r.url()).host !== local || error === 'net::ERR_ABORTED') return;
    if (scriptsOff && r.resourceType() === 'script' && error === 'csp') return;
    log.failedRequests.push(`${r.url()} ${error}`);
  });
  page.on('response', (r) => {
    const status = r.status();
    if (status < 400) return;
    if (r.request().isNavigationRequest() && status === log.expectedStatus) return;
    log.failedRequests.push(`${r.url()} answered ${status}`);
  });
  return { page, log, close: () => context.close() };
}

/** A page of `useSharedPages`: the file closes it after its tests. */
export type SharedPage = Omit<OpenedPage, 'close'>;

export type PageOptions = BrowserContextOptions & { httpCache?: boolean };

/**
 * Pages shared by the tests of one file, one for each set of options and init scripts, instead of a fresh context for
 * every visit (`openPage`): a context's first page starts a renderer process, which took 0.5–1 s of a short test on
 * the 2-core machine. Each call hands the page back as a first visit would find it, on about:blank: its log emptied,
 * the site's localStorage and sessionStorage (the saved reading modes) and cookies cleared, the permissions back to
 * `options.permissions`, the screen media and the viewport of `options` restored. `init` scripts run in every
 * document of the context (Playwright cannot take one back), so a visit with other scripts gets a context of its own.
 * The history of the tab goes on across tests. The contexts close after the file's tests.
 */
export function useSharedPages(
  site: () => Site,
): (options?: PageOptions, init?: readonly string[]) => Promise<SharedPage> {
  const opened = new Map<string, Promise<OpenedPage>>();
  afterAll(async () => {
    await Promise.all([...opened.values()].map(async (p) => (await p).close()));
  });
  return async (options = {}, init = []) => {
    const key = JSON.stringify([options, init]);
    let entry = opened.get(key);
    if (!entry) {
      entry = openPage(site(), options).then(async (o) => {
        for (const script of init) await o.page.context().addInitScript(script);
        return o;
      });
      opened.set(key, entry);
    }
    const { page, log } = await entry;
    const context = page.context();
    if (page.url().startsWith(site().origin) && options.javaScriptEnabled !== false)
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    await page.goto('about:blank');
    await context.clearCookies();
    await context.clearPermissions();
    if (options.permissions) await context.grantPermissions(options.permissions);
    await page.emulateMedia({ media: null });
    const viewport = options.viewport ?? { width: 1280, height: 720 }; // Playwright's default
    const current = page.viewportSize();
    if (current?.width !== viewport.width || current.height !== viewport.height) await page.setViewportSize(viewport);
    clearLog(log);
    return { page, log };
  };
}

/** Opens `path` in a fresh page with `options`, runs `fn` on it, then expects its log clean (`expectClean`). */
export async function withCleanPage<T>(
  site: Site,
  path: string,
  options: BrowserContextOptions,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const { page, log, close } = await openPage(site, options);
  try {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    const result = await fn(page);
    expectCleanLogs([log]);
    return result;
  } finally {
    await close();
  }
}

/**
 * Waits until every island on the page has hydrated (src/widgets/island.ts marks each; STACK.md: clicks before
 * hydration are lost) and two frames have been drawn.
 */
export async function waitForIslands(page: Page): Promise<void> {
  // a calculator loads when it nears the screen (src/scripts/reading-mode.ts): bring each one there, as a reader
  // scrolling to it would, then back to the top
  // nth of all islands, not of the unhydrated ones: that list changes as they hydrate
  const pending: Locator[] = [];
  for (const island of await page.locator('[data-island]').all())
    if ((await island.getAttribute('data-hydrated')) === null) pending.push(island);
  for (const island of pending) {
    await island.scrollIntoViewIfNeeded();
    await island.and(page.locator('[data-hydrated]')).waitFor({ state: 'attached' });
  }
  if (pending.length > 0) await page.evaluate(() => window.scrollTo(0, 0));
  // functions, not strings: Playwright polls a string predicate with eval, which the site's CSP forbids
  await page.waitForFunction(() => document.querySelector('[data-island]:not([data-hydrated])') === null);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
