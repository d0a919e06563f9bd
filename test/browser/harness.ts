/**
 * Browser tests run the built site (dist/ or $DIST_DIR) on 127.0.0.1 in Debian's Chromium through playwright-core.
 * Every page opened through `openPage` records console errors and warnings, page errors and any request that
 * would leave the local server (such requests are aborted and reported).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { createStaticHandler } from '../../scripts/static-server.mjs';

export const distDir = resolve(process.env.DIST_DIR ?? 'dist');


export interface Site {
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startSite(): Promise<Site> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no built site: run "npm run build" (npm test builds it for you).`);
  }
  const server: Server = createServer(createStaticHandler(distDir));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

export interface PageLog {
  consoleProblems: string[];
  pageErrors: string[];
  externalRequests: string[];
  /** Set by a test that opens a page expected to answer with this status (its console reports it). */
  expectedStatus?: number;
}

/** No console error or warning, no page error and no request that left the local server, on any of these pages. */
export function expectCleanLogs(logs: readonly PageLog[]): void {
  expect(logs.flatMap((l) => l.consoleProblems)).toEqual([]);
  expect(logs.flatMap((l) => l.pageErrors)).toEqual([]);
  expect(logs.flatMap((l) => l.externalRequests)).toEqual([]);
}

export interface OpenedPage {
  page: Page;
  log: PageLog;
  close: () => Promise<void>;
}

/**
 * Starts the built site once for a test file and stops it afterwards (beforeAll / afterAll); tests call the
 * returned function for the running site.
 */
export function useSite(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('the site is not started yet');
    return site;
  };
}

/** A fresh context and page; requests to anything but the local server are aborted and logged. */
export async function openPage(site: Site, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await site.browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  const log: PageLog = { consoleProblems: [], pageErrors: [], externalRequests: [] };
  const local = new URL(site.origin).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === local) return route.continue();
    log.externalRequests.push(url.href);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.consoleProblems.push(`${m.type()}: ${m.text()} (${page.url()})`);
  });
  page.on('pageerror', (e) => log.pageErrors.push(`${e.message} (${page.url()})`));
  return { page, log, close: () => context.close() };
}

/** Waits until every island on the page has hydrated (STACK.md: clicks before hydration are lost). */
export async function waitForIslands(page: Page): Promise<void> {
  // a function, not a string: Playwright polls a string predicate with eval, which the site's CSP forbids
  await page.waitForFunction(() => document.querySelector('[data-island]:not([data-hydrated])') === null);
}

/** Every route of the site, from the built files. */
export function siteRoutes(): string[] {
  const routes = ['/', '/measure/', '/about/', '/search/'];
  routes.push('/guides/workers/', '/guides/enterprises/', '/guides/schools/', '/guides/media/', '/glossary/', '/faq/');
  for (let n = 1; n <= 20; n++) routes.push(`/measure/${n}/`);
  return routes;
}
