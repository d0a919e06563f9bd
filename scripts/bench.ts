#!/usr/bin/env node
// npm run bench: this site and its peer (../shared/peer-starlight/, the same 20 articles in Starlight) measured side by
// side in one run, against the budgets of README "Budgets and checks" (ratios to the peer). A benchmark, not a test: it reports and always exits 0 (unless it
// cannot run at all). Not part of npm test.
//
//   npm run bench                        builds this site (timed) for the address it serves it at, finds or builds the
//                                        peer (scripts/peer-build.ts), measures both
//   npm run bench -- --skip-build        measure the site already built in dist/ (or $DIST_DIR)
//   npm run bench -- --skip-lighthouse   leave Lighthouse out (a quicker run while working)
//   npm run bench -- --runs 7            timed runs per figure and site (default 5, at least 5 for a reported median)
//   npm run bench -- --json out.json     also write the figures as JSON
//   npm run bench -- --only typing,header   only these figures (of bytes, typing, header, choice, lighthouse)
//   npm run bench -- --lighthouse /search/  Lighthouse on these routes only (comma-separated)
//   npm run bench -- --lighthouse-runs 3    Lighthouse runs per route (default 5, like the timed figures): the median
//                                           run by performance is reported, with every run's performance score
//                                           beside it; the peer's article runs interleaved with ours
//
// Both sites are served from this process by the same handler (scripts/static-server.ts, gzip like a CDN) on two
// loopback ports and driven by the same Chromium. Byte figures are exact (what Chromium received in one cold load);
// time figures are medians of --runs cold runs, taken A/B/A/B so that load on the machine hits both sites alike.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { chromiumPath, launchChromium } from './chromium.ts';
import { peerDist } from './peer-build.ts';
import { createStaticHandler } from './static-server.ts';
import { distDir } from './site-dir.ts';
import { networkQuiet } from './network-quiet.ts';

// Node's own parser: an unknown or misspelt option stops the run with a message instead of being ignored
function parseCommandLine<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (e) {
    console.error(`npm run bench: ${(e as Error).message} (the options are listed at the top of scripts/bench.ts)`);
    process.exit(2);
  }
}
const { values: options } = parseCommandLine({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'string' },
    lighthouse: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
  },
});
const skipBuild = options['skip-build'];
const skipLighthouse = options['skip-lighthouse'];
const jsonOut = options.json;
const ONLY = options.only?.split(',');
const want = (figure: string) => !ONLY || ONLY.includes(figure);
/** A count of runs from the command line: a whole number of at least 1, or 5. */
const runCount = (value: string | undefined) => Math.max(1, Math.floor(Number(value ?? 5)) || 5);
const RUNS = runCount(options.runs);
const LIGHTHOUSE_RUNS = runCount(options['lighthouse-runs']);
const QUERY = '技师';
const log = (...m: unknown[]) => console.error('[bench]', ...m);

/** The pages compared, this site's route beside the peer's. */
type Figure = 'article' | 'calculator' | 'check' | 'home';
type Site = 'ours' | 'peer';
const PAGES: Record<Figure, Record<Site, string>> = {
  article: { ours: '/measure/2/', peer: '/ch1/art-02/' },
  calculator: { ours: '/measure/6/', peer: '/ch3/art-06/' },
  check: { ours: '/check/', peer: '/ch3/art-06/' },
  // no budget: shown beside the others, as every page carries the same frame (header, styles, CSP)
  home: { ours: '/', peer: '/' },
};
/** The budgets (README "Budgets and checks"): ratios to the peer, and the absolute ones. */
const BUDGET = {
  article: 0.25,
  calculator: 0.5,
  check: 0.5,
  typing: 0.33,
  headerSearch: 0.5,
  widgetJs: 12 * 1024,
  buildMs: 20_000,
  /** the offline copy's download, bytes (1.5 MB) */
  precache: 1_500_000,
};
const LIGHTHOUSE_ROUTES = options.lighthouse?.split(',') ?? ['/measure/2/', '/measure/6/', '/check/', '/search/'];

const kb = (n: number | undefined | null) => (n === undefined || n === null ? '—' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n: number | undefined | null) =>
  n === undefined || n === null || Number.isNaN(n) ? '—' : `${Math.round(n)} ms`;
const median = (xs: readonly (number | null | undefined)[]): number | undefined => {
  const s = xs.filter((x): x is number => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length === 0
    ? undefined
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// ---------------------------------------------------------------- build both
/**
 * This site is built for the address it is served at here (SITE_URL, as a deployment is), so its canonical links and
 * share addresses are absolute, as on a real host: Lighthouse's SEO audit fails a relative canonical. With
 * --skip-build, the address dist/ was built for (dist/.build-site) is used when it is a loopback one.
 */
const builtFor = () => {
  const file = join(distDir, '.build-site');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
};
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address() as AddressInfo;
  await new Promise((ok) => probe.close(ok));
  return port;
}
const loopback = /^http:\/\/127\.0\.0\.1:(\d+)$/.exec(skipBuild ? builtFor() : '');
const oursPort = loopback ? Number(loopback[1]) : await freePort();
let buildMs: number | undefined;
if (!skipBuild) {
  log(`building this site for http://127.0.0.1:${oursPort} …`);
  const started = performance.now();
  execFileSync(join('node_modules', '.bin', 'astro'), ['build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_URL: `http://127.0.0.1:${oursPort}` },
  });
  buildMs = performance.now() - started;
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no built site: run "npm run build" or drop --skip-build.`);
  process.exit(1);
}
if (!loopback && skipBuild)
  log(
    `${distDir} was built ${builtFor() ? `for ${builtFor()}` : 'as a preview (relative addresses)'}: Lighthouse's canonical audit may fail`,
  );
try {
  chromiumPath();
} catch (e) {
  console.error(String((e as Error).message));
  process.exit(1);
}
const peer = peerDist({ log });
log(`peer: ${peer.dist} (${peer.cached ? 'from the cache' : 'built now'})`);

// ---------------------------------------------------------------- serve both, one browser
async function serve(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer(createStaticHandler(root));
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
const SITES: Record<Site, { server: Server; origin: string }> = {
  ours: await serve(distDir, oursPort),
  peer: await serve(peer.dist),
};
const browser = await launchChromium();
const chromiumVersion = browser.version();
const newContext = () => browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 823 } });

/** One cold load (fresh context, empty cache) until the network is idle and widgets have hydrated: every response's bytes. */
/** One response as the bench counts it (Chromium's DevTools protocol): header bytes, then all bytes on the wire. */
interface Response {
  url?: string;
  type?: string;
  headerBytes?: number;
  wire?: number;
  body?: number;
}
type ColdLoad = Awaited<ReturnType<typeof coldLoad>>;

async function coldLoad(origin: string, route: string) {
  const context = await newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map<string, Response>();
  const external: string[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId) ?? {};
    Object.assign(r, { url: e.response.url, type: e.type, headerBytes: e.response.encodedDataLength ?? 0 });
    requests.set(e.requestId, r);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r)
      Object.assign(r, { wire: e.encodedDataLength, body: Math.max(0, e.encodedDataLength - (r.headerBytes ?? 0)) });
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) external.push(r.url());
  });
  await page.goto(origin + route, { waitUntil: 'load' });
  await page
    // the widgets on screen; a calculator further down loads when it nears the screen (src/scripts/reading-mode.ts)
    .waitForFunction(
      () =>
        [...document.querySelectorAll('[data-island]:not([data-hydrated])')].every(
          (i) => i.getBoundingClientRect().top > 2 * innerHeight,
        ),
      undefined,
      {
        timeout: 15_000,
      },
    )
    .catch(() => null);
  await page.waitForLoadState('networkidle');
  const sum = (list: Response[], key: 'wire' | 'body') => list.reduce((a, r) => a + (r[key] ?? 0), 0);
  const finished = () => [...requests.values()].filter((r) => r.url && r.wire !== undefined);
  const atLoad = finished();
  // then as a reader who scrolls to the widgets: what a calculator loads when it nears the screen
  for (const island of await page.locator('[data-island]').all()) {
    await island.scrollIntoViewIfNeeded();
    await island
      .and(page.locator('[data-hydrated]'))
      .waitFor({ state: 'attached', timeout: 15_000 })
      .catch(() => null);
  }
  await page.waitForLoadState('networkidle');
  const used = finished();
  const usedScripts = used.filter((r) => r.type === 'Script');
  const inline = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script:not([src])'))
      .filter((s) => ['', 'module', 'text/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
      .map((s) => s.textContent ?? ''),
  );
  await context.close();
  const all = atLoad;
  const scripts = all.filter((r) => r.type === 'Script');
  return {
    requests: all.length,
    wire: sum(all, 'wire'),
    js: sum(scripts, 'body'),
    scriptFiles: scripts.map((r) => `${new URL(r.url ?? '').pathname.split('/').pop()} ${kb(r.body)}`),
    /** after scrolling to every widget: all bytes, and the JS files' bytes */
    usedWire: sum(used, 'wire'),
    usedJs: sum(usedScripts, 'body'),
    usedScriptFiles: usedScripts.map((r) => `${new URL(r.url ?? '').pathname.split('/').pop()} ${kb(r.body)}`),
    inlineJs: inline.length ? gzipSync(inline.join('\n')).length : 0,
    external,
  };
}

// ---------------------------------------------------------------- timed figures, in the page's own clock
/** Marks the first input event (capture phase, before any handler) and the first time `selector` is in the DOM. */
interface Marks {
  input: number | null;
  drawn: number | null;
}
/** Runs in the page (an init script): nothing from this module's scope. */
function markTimes(selector: string) {
  const t: Marks = { input: null, drawn: null };
  (window as unknown as { __t: Marks }).__t = t;
  addEventListener('input', () => (t.input ??= performance.now()), true);
  new MutationObserver(() => {
    if (t.drawn === null && document.querySelector(selector)) t.drawn = performance.now();
  }).observe(document, { childList: true, subtree: true });
}
const OURS_RESULT = '.search-results li a';
/** The same result markup, in the header's panel (src/widgets/HeaderSearch.tsx). */
const OURS_HEADER_RESULT = '.header-results .search-results li a';
const PEER_RESULT = '.pagefind-ui__result-link';

/** Until the page's main thread is idle (no task left: loading work such as decoding an index is done). */
const mainThreadIdle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 10_000 })));
/** The marks of markTimes, read from the page; the time from the input to the result drawn. */
async function inputToDrawn(page: Page): Promise<number> {
  const t = await page.evaluate(() => (window as unknown as { __t: Marks }).__t);
  return (t.drawn ?? NaN) - (t.input ?? NaN);
}

/**
 * Typing → first result drawn, on a loaded, idle page (network quiet, then the main thread idle) with the search field
 * ready: the reader has opened it and the page is idle again (ours: /search/ with the cursor put in its field, which
 * starts Pagefind and gets it ready, src/widgets/pagefind-load.ts warmOnIntent; the peer: its article page with the
 * search dialog opened, which loads Pagefind UI). The query arrives in one input event, as an IME commits 技师.
 */
const typing = {
  async ours() {
    const context = await newContext();
    await context.addInitScript(markTimes, OURS_RESULT);
    const page = await context.newPage();
    await page.goto(`${SITES.ours.origin}/search/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-island][data-hydrated]');
    await page.waitForLoadState('networkidle');
    await page.focus('#search-q');
    await networkQuiet(page);
    await mainThreadIdle(page);
    await page.fill('#search-q', QUERY);
    await page.waitForSelector(OURS_RESULT, { timeout: 20_000 });
    const took = await inputToDrawn(page);
    await context.close();
    return took;
  },
  async peer() {
    const context = await newContext();
    await context.addInitScript(markTimes, PEER_RESULT);
    const page = await context.newPage();
    await page.goto(SITES.peer.origin + PAGES.calculator.peer, { waitUntil: 'networkidle' });
    await page.click('button[data-open-modal]');
    await page.waitForSelector('.pagefind-ui__search-input', { state: 'visible' });
    await networkQuiet(page);
    await mainThreadIdle(page);
    await page.fill('.pagefind-ui__search-input', QUERY);
    await page.waitForSelector(PEER_RESULT, { timeout: 20_000 });
    const took = await inputToDrawn(page);
    await context.close();
    return took;
  },
};

/**
 * The first search from the header, page load included: on a freshly loaded article page the reader searches at once,
 * the same way on both sites: the search opened as soon as the page has loaded, the query typed, until the first result
 * is drawn. Ours: on a phone the header's 搜索 button, then the query typed in the header's field, which loads the
 * header search's code and Pagefind on first use (nothing at page load) and shows the results in a panel under the
 * field. The peer: its search dialog, which loads Pagefind UI when opened. Both: a reader who types at once, so the
 * loading is all in the figure.
 */
const headerSearch = {
  async ours() {
    const context = await newContext();
    await context.addInitScript(markTimes, OURS_HEADER_RESULT);
    const page = await context.newPage();
    await page.goto(SITES.ours.origin + PAGES.article.ours, { waitUntil: 'load' });
    // on a phone the field sits behind the header's 搜索 button, as the peer's behind its search button
    const toggle = page.locator('[data-search-toggle]');
    if (await toggle.isVisible()) await toggle.click();
    await page.fill('#header-q', QUERY);
    await page.waitForSelector(OURS_HEADER_RESULT, { timeout: 20_000 });
    const took = await inputToDrawn(page);
    await context.close();
    return took;
  },
  async peer() {
    const context = await newContext();
    await context.addInitScript(markTimes, PEER_RESULT);
    const page = await context.newPage();
    await page.goto(SITES.peer.origin + PAGES.article.peer, { waitUntil: 'load' });
    await page.click('button[data-open-modal]');
    await page.waitForSelector('.pagefind-ui__search-input', { state: 'visible' });
    await page.fill('.pagefind-ui__search-input', QUERY);
    await page.waitForSelector(PEER_RESULT, { timeout: 20_000 });
    const took = await inputToDrawn(page);
    await context.close();
    return took;
  },
};

/**
 * A saved 大字 choice (localStorage) on a cold load of an article: when the page applies it, against its first
 * contentful paint (the first frame with text). Chromium may paint a frame of background alone (first-paint) while the
 * head is still arriving, before the body's first script has run; that frame has no text to be in the wrong size.
 */
async function savedChoice() {
  const context = await newContext();
  await context.addInitScript(() => {
    if (location.pathname === '/measure/2/') localStorage.setItem('reading-large', '1');
    const w = window as unknown as { __applied: number | null };
    w.__applied = null;
    new MutationObserver(() => {
      if (w.__applied === null && document.documentElement.hasAttribute('data-large-text'))
        w.__applied = performance.now();
    }).observe(document, { attributes: true, subtree: true, childList: true });
  });
  const page = await context.newPage();
  await page.goto(SITES.ours.origin + PAGES.article.ours, { waitUntil: 'load' });
  await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, {
      timeout: 10_000,
    })
    .catch(() => null);
  const t = await page.evaluate(() => ({
    applied: (window as unknown as { __applied: number | null }).__applied,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
  }));
  await context.close();
  return t;
}

/** `runs` A/B/A/B pairs of one timed figure. */
async function interleaved(name: string, figure: Record<Site, () => Promise<number>>): Promise<Record<Site, number[]>> {
  const out: Record<Site, number[]> = { ours: [], peer: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const site of i % 2 ? (['peer', 'ours'] as const) : (['ours', 'peer'] as const)) {
      out[site].push(await figure[site]().catch((e) => (log(`${name} ${site}: ${String(e).split('\n')[0]}`), NaN)));
    }
  }
  return out;
}

const bytes: Partial<Record<Figure, Record<Site, ColdLoad>>> = {};
for (const [figure, routes] of want('bytes') ? (Object.entries(PAGES) as [Figure, Record<Site, string>][]) : []) {
  log(`${figure}: bytes of ${routes.ours} and the peer's ${routes.peer} …`);
  bytes[figure] = {
    ours: await coldLoad(SITES.ours.origin, routes.ours),
    peer: await coldLoad(SITES.peer.origin, routes.peer),
  };
}

/**
 * The offline copy (scripts/service-worker.ts): what the service worker downloads after a first visit to the home page,
 * until it has saved everything (the 离线保存 button says 已离线保存). Counted apart from the page's first load: those
 * requests are the worker's, made once the page has loaded and the browser is idle. Budget 1.5 MB.
 */
async function precacheLoad(origin: string) {
  const context = await newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (r) => {
    if (r.serviceWorker()) sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  await page.goto(origin + '/', { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await page.locator('.site-footer [data-offline-save]').filter({ hasText: '已离线保存' }).waitFor({ timeout: 60_000 });
  const all = await Promise.all(sizes);
  await context.close();
  return { requests: all.length, wire: all.reduce((a, b) => a + b, 0) };
}
const precache = want('bytes') ? await precacheLoad(SITES.ours.origin) : undefined;
const none: Record<Site, number[]> = { ours: [], peer: [] };
if (want('typing')) log(`typing ${QUERY} → first result, ${RUNS} runs each, interleaved …`);
const typingRuns = want('typing') ? await interleaved('typing', typing) : none;
if (want('header')) log(`first search from the header, ${RUNS} runs each, interleaved …`);
const headerRuns = want('header') ? await interleaved('header search', headerSearch) : none;
const choiceRuns: Awaited<ReturnType<typeof savedChoice>>[] = [];
if (want('choice')) log('saved 大字 choice against the first paint …');
for (let i = 0; i < (want('choice') ? RUNS : 0); i++) choiceRuns.push(await savedChoice());
await browser.close();

// ---------------------------------------------------------------- Lighthouse
/** Lighthouse from npm in a child process (asynchronously: the servers it measures live in this process). */
/** One Lighthouse run: the category scores (0–100), the audits that lost points, two timings; or why it failed. */
interface LighthouseRun {
  scores?: Record<string, number>;
  failed?: string[];
  metrics?: { fcp: string; tbt: string };
  perfRuns?: (number | string)[];
  error?: string;
}
/** The parts of Lighthouse's JSON report read here. */
interface LighthouseReport {
  categories: Record<string, { id: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
}
function lighthouse(url: string): Promise<LighthouseRun> {
  const bin = join('node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(bin)) return Promise.resolve({ error: 'lighthouse not installed' });
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        bin,
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--form-factor=mobile',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return resolve({ error: err.trim().split('\n').slice(-3).join(' ') || `exit ${code}` });
      try {
        const report = JSON.parse(out) as LighthouseReport;
        const scores = Object.fromEntries(
          Object.entries(report.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
        );
        const failed = Object.values(report.categories).flatMap((c) =>
          c.auditRefs
            .filter((a) => {
              const score = report.audits[a.id]?.score ?? null;
              return a.weight > 0 && score !== null && score < 1;
            })
            .map((a) => `${c.id}: ${a.id}`),
        );
        // the figures behind the score: a page that paints early has more of its work after the first paint, where
        // total blocking time counts it
        const ms = (id: string) => {
          const v = report.audits[id]?.numericValue;
          return typeof v === 'number' ? `${Math.round(v)} ms` : '—';
        };
        const metrics = { fcp: ms('first-contentful-paint'), tbt: ms('total-blocking-time') };
        resolve({ scores, failed, metrics });
      } catch (e) {
        resolve({ error: String(e) });
      }
    });
  });
}
/**
 * Lighthouse's performance score varies from run to run with the machine (its total blocking time is the observed
 * tasks × 4), so each route runs LIGHTHOUSE_RUNS times and the median run by performance is reported, as Lighthouse CI
 * does, with every run's performance score (`perfRuns`).
 */
function lighthouseMedian(runs: LighthouseRun[]): LighthouseRun {
  const perf = (r: LighthouseRun) => r.scores?.['performance'] ?? 0;
  const scored = runs.filter((r) => r.scores).sort((a, b) => perf(a) - perf(b));
  if (scored.length === 0) return runs[0] ?? { error: 'no run' };
  return {
    ...scored[Math.floor((scored.length - 1) / 2)],
    perfRuns: runs.map((r) => r.scores?.['performance'] ?? '—'),
  };
}
/** Where the peer's article stands among the Lighthouse results, beside our routes. */
const PEER_LIGHTHOUSE = `peer ${PAGES.calculator.peer}`;
const lighthouseResults: Record<string, LighthouseRun> = {};
if (!skipLighthouse && want('lighthouse')) {
  // the peer's article beside ours of the same kind, their runs interleaved like the timed figures
  const urls = Object.fromEntries(LIGHTHOUSE_ROUTES.map((route) => [route, SITES.ours.origin + route]));
  if (LIGHTHOUSE_ROUTES.includes(PAGES.calculator.ours))
    urls[PEER_LIGHTHOUSE] = SITES.peer.origin + PAGES.calculator.peer;
  const runs = Object.fromEntries(Object.keys(urls).map((route): [string, LighthouseRun[]] => [route, []]));
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    log(`Lighthouse, run ${i + 1} of ${LIGHTHOUSE_RUNS}: ${Object.keys(urls).join(', ')} …`);
    for (const [route, url] of Object.entries(urls)) runs[route]?.push(await lighthouse(url));
  }
  for (const route of Object.keys(urls)) lighthouseResults[route] = lighthouseMedian(runs[route] ?? []);
}
for (const { server } of Object.values(SITES)) server.close();

// ---------------------------------------------------------------- report
type Row = [string, string, string, string, string, string];
const rows: Row[] = [];
const ratioRow = (
  what: string,
  ours: number | undefined,
  theirs: number | undefined,
  budget: number | undefined,
  fmt: (n: number | undefined) => string,
  extra = '',
) => {
  const ratio = ours !== undefined && theirs ? ours / theirs : undefined;
  const verdict = ratio === undefined || budget === undefined ? '' : ratio <= budget ? 'ok' : 'MISS';
  rows.push([
    what,
    fmt(ours),
    fmt(theirs),
    ratio === undefined ? '—' : `${ratio.toFixed(2)}×`,
    budget === undefined ? '—' : `≤ ${budget}×`,
    `${verdict}${extra ? ` ${extra}` : ''}`,
  ]);
};
for (const [figure, label] of (
  [
    ['article', 'article without widget'],
    ['calculator', 'article with calculator'],
    ['check', "/check/ vs the peer's article"],
    ['home', 'home page'],
  ] as const
).filter(([figure]) => bytes[figure])) {
  const { ours, peer: theirs } = bytes[figure]!;
  ratioRow(
    `${label}: all bytes (gzip, ${PAGES[figure].ours} | ${PAGES[figure].peer})`,
    ours.wire,
    theirs.wire,
    figure === 'home' ? undefined : BUDGET[figure],
    kb,
  );
  // The calculator's JS budget counts its script files once the reader reaches it (not only the first load), as
  // test/site/calculator-js.test.ts does. The inline reading-mode script (1.4 KB) is every page's, also the pages
  // that are to load no script file (README "Budgets and checks"), so it is shown beside the files, not charged to the calculator.
  const jsBudget =
    figure === 'calculator'
      ? `; calculator JS files ≤ ${kb(BUDGET.widgetJs)} once it is reached: ${ours.usedJs <= BUDGET.widgetJs ? 'ok' : 'MISS'}`
      : '';
  const noFile = figure === 'article' ? `; no script file: ${ours.js === 0 ? 'ok' : 'MISS'}` : '';
  rows.push([
    `  requests; JS files + inline (gzip)`,
    `${ours.requests}; ${kb(ours.js)} + ${kb(ours.inlineJs)}`,
    `${theirs.requests}; ${kb(theirs.js)} + ${kb(theirs.inlineJs)}`,
    '',
    '',
    `${jsBudget}${noFile}`.replace(/^; /, ''),
  ]);
  if (ours.usedWire > ours.wire)
    rows.push([
      `  after scrolling to the widget: all bytes; JS files`,
      `${kb(ours.usedWire)}; ${kb(ours.usedJs)}`,
      `${kb(theirs.usedWire)}; ${kb(theirs.usedJs)}`,
      '',
      '',
      'the widget loads when it nears the screen (src/scripts/reading-mode.ts)',
    ]);
  if (ours.external.length)
    rows.push([`  ${PAGES[figure].ours} THIRD-PARTY REQUESTS`, ours.external.join(' '), '', '', 'none', 'MISS']);
}
if (precache)
  rows.push([
    'offline copy: what the service worker saves after a visit to / (gzip, with headers)',
    `${kb(precache.wire)} in ${precache.requests} requests`,
    '(none)',
    `${(precache.wire / BUDGET.precache).toFixed(2)} of budget`,
    `≤ ${(BUDGET.precache / 1e6).toFixed(1)} MB`,
    precache.wire <= BUDGET.precache ? 'ok' : 'MISS',
  ]);
const fmtRuns = (xs: number[]) =>
  `${ms(median(xs))} (${xs.map((x) => (Number.isNaN(x) ? '×' : Math.round(x))).join('/')})`;
{
  const o = median(typingRuns.ours);
  const p = median(typingRuns.peer);
  ratioRow(`typing ${QUERY} → first result drawn (median of ${RUNS})`, o, p, BUDGET.typing, ms);
  rows.push([
    '  runs',
    fmtRuns(typingRuns.ours),
    fmtRuns(typingRuns.peer),
    '',
    '',
    'the peer waits 300 ms after typing (its debounce)',
  ]);
  ratioRow(
    `first search from the header, page load incl. (median of ${RUNS})`,
    median(headerRuns.ours),
    median(headerRuns.peer),
    BUDGET.headerSearch,
    ms,
  );
  rows.push(['  runs', fmtRuns(headerRuns.ours), fmtRuns(headerRuns.peer), '', '', '']);
}
if (choiceRuns.length) {
  const before = choiceRuns.map((r) => (r.applied === null || r.paint === null ? NaN : r.paint - r.applied));
  const allBefore = choiceRuns.every((r) => r.applied !== null && r.paint !== null && r.applied <= r.paint);
  rows.push([
    `saved 大字 choice applied, ms before the first contentful paint (median of ${RUNS})`,
    `${ms(median(before))}; applied at ${ms(median(choiceRuns.map((r) => r.applied)))}, FCP ${ms(median(choiceRuns.map((r) => r.paint)))} (FP ${ms(median(choiceRuns.map((r) => r.firstPaint)))})`,
    '(none)',
    '',
    'before FCP, every run',
    allBefore ? 'ok' : 'MISS',
  ]);
}
rows.push([
  'full build (this site: astro + pagefind)',
  buildMs === undefined ? 'not run (--skip-build)' : `${(buildMs / 1000).toFixed(1)} s`,
  peer.buildMs ? `${(peer.buildMs / 1000).toFixed(1)} s${peer.cached ? ' (when cached)' : ''}` : '—',
  buildMs && peer.buildMs ? `${(buildMs / peer.buildMs).toFixed(2)}×` : '—',
  '≤ 20 s',
  buildMs === undefined ? '' : buildMs <= BUDGET.buildMs ? 'ok' : 'MISS',
]);
const peerLh = lighthouseResults[PEER_LIGHTHOUSE];
const lhText = (l: LighthouseRun | undefined) =>
  !l
    ? '—'
    : l.error
      ? l.error
      : `${l.scores?.['performance']}/${l.scores?.['accessibility']}/${l.scores?.['best-practices']}/${l.scores?.['seo']}` +
        ((l.perfRuns?.length ?? 0) > 1 ? ` (performance ${l.perfRuns?.join('/')})` : '') +
        (l.metrics ? `; median run FCP ${l.metrics.fcp}, TBT ${l.metrics.tbt}` : '');
const lighthouseRun = !skipLighthouse && want('lighthouse');
if (!lighthouseRun)
  rows.push(['Lighthouse mobile (perf/a11y/bp/seo)', 'skipped (--skip-lighthouse, --only)', '', '', '100×4', '']);
for (const route of lighthouseRun ? LIGHTHOUSE_ROUTES : []) {
  const l = lighthouseResults[route];
  const ok = l?.scores && Object.values(l.scores).every((s) => s === 100);
  rows.push([
    `Lighthouse mobile ${route} (perf/a11y/bp/seo, median of ${LIGHTHOUSE_RUNS})`,
    lhText(l),
    route === '/measure/6/' ? `${PAGES.calculator.peer} ${lhText(peerLh)}` : '',
    '',
    '100×4',
    `${ok ? 'ok' : 'MISS'}${l?.failed?.length ? ` ${l.failed.join(', ')}` : ''}`,
  ]);
}

const header = ['figure', 'this site', 'peer (Starlight)', 'ratio', 'budget', ''];
const widths = header.map((h, i) => Math.min(100, Math.max(h.length, ...rows.map((r) => String(r[i]).length))));
const line = (cells: readonly string[]) => `| ${cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
  `\nBenchmark, ${new Date().toISOString()}, Chromium ${chromiumVersion}, ${RUNS} runs per timed figure (A/B interleaved)`,
);
console.log(`this site: ${distDir}\npeer: ${peer.dist}\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(
  '\nBytes: one cold load until the network is idle and widgets have hydrated, with HTTP headers, both sites served gzip by scripts/static-server.ts.',
);
for (const [figure, { ours, peer: theirs }] of Object.entries(bytes)) {
  console.log(
    `  ${figure} scripts — this site: ${ours.usedScriptFiles.join(', ') || 'none'}; peer: ${theirs.scriptFiles.join(', ') || 'none'}`,
  );
}
if (jsonOut)
  writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        buildMs,
        peerBuildMs: peer.buildMs,
        bytes,
        precache,
        typingRuns,
        headerRuns,
        choiceRuns,
        lighthouse: lighthouseResults,
      },
      null,
      2,
    ),
  );
process.exit(0);
