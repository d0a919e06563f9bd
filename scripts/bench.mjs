#!/usr/bin/env node
// npm run bench: measures the site against the budgets of SPEC §8 and prints a table. A benchmark, not a test: it
// reports and always exits 0 (unless it cannot run at all). Not part of npm test.
//
//   npm run bench                     three full builds (median timed), then everything below on the last build
//   npm run bench -- --skip-build     measure the site already built in dist/ (or $DIST_DIR)
//   npm run bench -- --skip-lighthouse  leave Lighthouse out (a quicker run while working)
//   npm run bench -- --json out.json  also write the figures as JSON
//
// In headless Chromium against dist/ served on 127.0.0.1 by scripts/static-server.mjs (which gzips like a CDN), for
// each route: requests and bytes over the wire by type (decoded and as transferred), JavaScript bytes (gzip bodies of
// the files, and inline scripts on their own line), DOMContentLoaded and load (median of 5 cold loads); the Pagefind index size; the
// time from submitting the header search to results drawn, and from typing into the /search/ field to results
// drawn; Lighthouse (npm) mobile scores for /measure/6/ and /check/, run against the same Chromium.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticHandler } from './static-server.mjs';
import { distDir } from './site-dir.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const skipLighthouse = args.includes('--skip-lighthouse');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

// /measure/5/ carries the heaviest calculator (职工教育经费), /measure/6/ the one the issue names
const ROUTES = ['/', '/measure/', '/measure/2/', '/measure/5/', '/measure/6/', '/check/'];
const LIGHTHOUSE_ROUTES = ['/measure/6/', '/check/'];
const LOADS_PER_ROUTE = 5;
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && existsSync(p),
);
// the same flags as test/browser/harness.ts
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** SPEC §8, and the Starlight build of the same 20 articles (issue 7). */
const BUDGET = {
  articleBytes: 30 * 1024,
  widgetJs: 12 * 1024,
  buildMs: 20_000,
  firstSearchMs: 300,
  laterSearchMs: 50,
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
};
const STARLIGHT = { articleBytes: 48.1 * 1024, articleJs: 29.9 * 1024, searchMs: 450 };

const kb = (n) => (n === undefined || n === null ? '—' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n === undefined || n === null ? '—' : `${Math.round(n)} ms`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? undefined : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (...m) => console.error('[bench]', ...m);

// ---------------------------------------------------------------- build
const buildTimes = [];
if (!skipBuild) {
  for (let i = 1; i <= 3; i++) {
    log(`build ${i}/3 …`);
    const started = performance.now();
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
    buildTimes.push(performance.now() - started);
  }
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no built site: run "npm run build" or drop --skip-build.`);
  process.exit(1);
}
if (!CHROMIUM) {
  console.error('The benchmark needs Chromium (sudo apt-get install -y chromium fonts-noto-cjk) or CHROMIUM_PATH.');
  process.exit(1);
}

function dirBytes(dir) {
  let total = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirBytes(p);
      total += sub.total;
      files += sub.files;
    } else {
      total += s.size;
      files++;
    }
  }
  return { total, files };
}
const built = (route) => existsSync(join(distDir, route, 'index.html'));

// ---------------------------------------------------------------- serve + browse
const server = createServer(createStaticHandler(distDir));
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

/** Chromium's resource type → a row of the table. */
function kindOf(type, url) {
  if (type === 'Document') return 'html';
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Image') return 'img';
  if (type === 'Font') return 'font';
  if (/\.wasm|wasm\./.test(url)) return 'wasm';
  return 'other';
}

/** One cold load (fresh context, empty cache): every response with its decoded and transferred size, and timings. */
async function coldLoad(route) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  const external = [];
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId) ?? { decoded: 0, wire: 0 };
    // the bytes received by now are the status line and headers; the rest of encodedDataLength is the (gzip) body
    Object.assign(r, { url: e.response.url, type: e.type, status: e.response.status, headerBytes: e.response.encodedDataLength ?? 0 });
    requests.set(e.requestId, r);
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId) ?? { decoded: 0, wire: 0 };
    r.decoded += e.dataLength;
    requests.set(e.requestId, r);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { wire: e.encodedDataLength, body: Math.max(0, e.encodedDataLength - (r.headerBytes ?? 0)) });
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) external.push(r.url());
  });
  const response = await page.goto(origin + route, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const firstLoad = new Set(requests.keys());
  const timing = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const inline = Array.from(document.querySelectorAll('script:not([src])'))
      .filter((s) => ['', 'module', 'text/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
      .map((s) => s.textContent ?? '');
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, inline, islands: document.querySelectorAll('[data-island]').length };
  });
  // the JavaScript a reader downloads until the page's widgets (src/widgets/island.ts) have hydrated, as gzip bodies
  let jsAfterHydration = 0;
  if (timing.islands > 0) {
    await page.waitForFunction(() => document.querySelector('[data-island]:not([data-hydrated])') === null, undefined, { timeout: 15_000 }).catch(() => null);
    await page.waitForLoadState('networkidle');
    jsAfterHydration = [...requests.values()].filter((r) => r.type === 'Script').reduce((a, r) => a + (r.body ?? 0), 0);
  }
  await context.close();
  const byKind = {};
  const scripts = [];
  for (const [id, r] of requests) {
    if (!r.url || !firstLoad.has(id)) continue;
    if (r.type === 'Script') scripts.push(`${new URL(r.url).pathname.split('/').pop().replace(/\.astro_astro_type_script_index_\d+_lang/, '')} ${kb(r.body)}`);
    const k = kindOf(r.type, r.url);
    byKind[k] ??= { count: 0, decoded: 0, wire: 0, body: 0 };
    byKind[k].count++;
    byKind[k].decoded += r.decoded;
    byKind[k].wire += r.wire;
    byKind[k].body += r.body ?? 0;
  }
  const inlineJs = timing.inline.join('\n');
  return {
    status: response?.status() ?? 0,
    requests: [...firstLoad].filter((id) => requests.get(id)?.url).length,
    jsAfterHydration,
    wire: Object.values(byKind).reduce((a, k) => a + k.wire, 0),
    decoded: Object.values(byKind).reduce((a, k) => a + k.decoded, 0),
    byKind,
    inlineJs: { raw: Buffer.byteLength(inlineJs), gzip: inlineJs ? gzipSync(inlineJs).length : 0, scripts: timing.inline.length },
    islands: timing.islands,
    scripts,
    dcl: timing.dcl,
    load: timing.load,
    external,
  };
}

const pages = {};
for (const route of ROUTES) {
  if (!built(route)) {
    pages[route] = null;
    log(`${route}: n/a (route not built yet)`);
    continue;
  }
  log(`${route}: ${LOADS_PER_ROUTE} cold loads …`);
  const runs = [];
  for (let i = 0; i < LOADS_PER_ROUTE; i++) runs.push(await coldLoad(route));
  pages[route] = { ...runs[0], dcl: median(runs.map((r) => r.dcl)), load: median(runs.map((r) => r.load)) };
}

// ---------------------------------------------------------------- search
/**
 * First query: from pressing Enter in the header search of /measure/2/ to the first result drawn on /search/ (page
 * load, island hydration, Pagefind load and search included). Later queries: from filling the /search/ field to the
 * last change of the results. Pagefind's own search() time is reported apart, so the island's typing debounce shows.
 */
async function searchTimings() {
  const first = [];
  let fetchedIndex = 0;
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 412, height: 823 } });
    await context.addInitScript(() => {
      window.__firstResultAt = null;
      new MutationObserver(() => {
        if (window.__firstResultAt === null && document.querySelector('.search-results li a')) window.__firstResultAt = performance.timeOrigin + performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    // the Pagefind worker fetches the WebAssembly and the index itself: count at the context, which sees workers too
    const pagefindLoads = [];
    context.on('requestfinished', (req) => {
      if (new URL(req.url()).pathname.startsWith('/pagefind/')) pagefindLoads.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await page.goto(`${origin}/measure/2/`, { waitUntil: 'load' });
    await page.fill('#header-q', '技师');
    const submittedAt = Date.now();
    await page.press('#header-q', 'Enter');
    await page.waitForSelector('.search-results li a', { timeout: 20_000 });
    const drawnAt = await page.evaluate(() => window.__firstResultAt);
    first.push(drawnAt - submittedAt);
    fetchedIndex = (await Promise.all(pagefindLoads)).reduce((a, b) => a + b, 0);

    if (run === 2) {
      // later queries on the same page
      await page.evaluate(() => {
        window.__lastChange = 0;
        new MutationObserver(() => (window.__lastChange = performance.now())).observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
      });
      const later = [];
      const engine = [];
      for (const [term, article] of [['金蓝领', 9], ['技能大师工作室', 8], ['职工教育经费', 5], ['大赛', 13], ['补贴', 6], ['职称', 16]]) {
        await page.waitForTimeout(400);
        const t0 = await page.evaluate(() => performance.now());
        await page.fill('#search-q', term);
        await page.waitForSelector(`.search-results li a[href*="/measure/${article}/"]`, { timeout: 10_000 }).catch(() => null);
        await page.waitForTimeout(400); // let the last redraw land
        const t1 = await page.evaluate(() => window.__lastChange);
        later.push(t1 - t0);
        engine.push(
          await page.evaluate(async (q) => {
            const pf = await import('/pagefind/pagefind.js');
            const s = performance.now();
            const r = await pf.search(q);
            await Promise.all(r.results.slice(0, 20).map((x) => x.data()));
            return performance.now() - s;
          }, term),
        );
      }
      await context.close();
      return { first: median(first), firstRuns: first, later: median(later), laterRuns: later, engine: median(engine), fetchedIndex };
    }
    await context.close();
  }
}
log('search …');
const search = built('/search/') ? await searchTimings().catch((e) => ({ error: String(e) })) : { error: 'n/a (route not built yet)' };
await browser.close();

// ---------------------------------------------------------------- Lighthouse
/** Lighthouse from npm in a child process (asynchronously: the server it measures lives in this process). */
async function lighthouseAsync(route) {
  const bin = join('node_modules', 'lighthouse', 'cli', 'index.js');
  if (!existsSync(bin)) return { error: 'lighthouse not installed (npm ci)' };
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [bin, origin + route, '--quiet', '--output=json', '--output-path=stdout', '--form-factor=mobile', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return resolve({ error: err.trim().split('\n').slice(-3).join(' ') || `exit ${code}` });
      try {
        const report = JSON.parse(out);
        const scores = Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
        const failed = Object.values(report.categories).flatMap((c) =>
          c.auditRefs
            .filter((a) => a.weight > 0 && report.audits[a.id].score !== null && report.audits[a.id].score < 1)
            .map((a) => `${c.id}: ${a.id}${report.audits[a.id].displayValue ? ` (${report.audits[a.id].displayValue})` : ''}`),
        );
        resolve({ scores, failed, lcp: report.audits['largest-contentful-paint']?.numericValue, tbt: report.audits['total-blocking-time']?.numericValue });
      } catch (e) {
        resolve({ error: String(e) });
      }
    });
  });
}
const lighthouseResults = {};
for (const route of LIGHTHOUSE_ROUTES) {
  if (!built(route) || skipLighthouse) {
    lighthouseResults[route] = { error: skipLighthouse ? 'skipped (--skip-lighthouse)' : 'n/a (route not built yet)' };
    continue;
  }
  log(`Lighthouse ${route} …`);
  lighthouseResults[route] = await lighthouseAsync(route);
}
server.close();

// ---------------------------------------------------------------- report
const pagefind = existsSync(join(distDir, 'pagefind')) ? dirBytes(join(distDir, 'pagefind')) : null;
if (pagefind) {
  const ui = readdirSync(join(distDir, 'pagefind')).filter((f) => /-ui\.(js|css)$/.test(f) || /highlight/.test(f));
  pagefind.index = pagefind.total - ui.reduce((a, f) => a + statSync(join(distDir, 'pagefind', f)).size, 0);
}
const rows = [];
const row = (what, figure, budget = '', starlight = '', verdict = '') => rows.push([what, figure, budget, starlight, verdict]);
const check = (value, limit) => (value === undefined || value === null ? '' : value <= limit ? 'ok' : 'MISS');

row('full build, astro + pagefind (median of 3)', buildTimes.length ? `${(median(buildTimes) / 1000).toFixed(1)} s (${buildTimes.map((t) => (t / 1000).toFixed(1)).join(' / ')})` : 'not run (--skip-build)', '≤ 20 s', '', check(median(buildTimes), BUDGET.buildMs));
for (const route of ROUTES) {
  const p = pages[route];
  if (!p) {
    row(`${route}`, 'n/a (route not built yet)');
    continue;
  }
  const isArticle = /^\/measure\/\d+\/$/.test(route);
  // JavaScript is counted as gzip bodies (what SPEC §8 budgets), without the HTTP headers the wire totals include
  const jsFiles = Math.max(p.byKind.js?.body ?? 0, p.jsAfterHydration);
  const jsTotal = jsFiles + p.inlineJs.gzip;
  row(
    `${route} all bytes over the wire (gzip, with headers)`,
    `${kb(p.wire)} in ${p.requests} requests (${kb(p.decoded)} decoded)`,
    isArticle ? '≤ 30 KB' : '',
    isArticle ? '48.1 KB' : '',
    isArticle ? check(p.wire, BUDGET.articleBytes) : '',
  );
  const kinds = Object.entries(p.byKind)
    .sort()
    .map(([k, v]) => `${k} ${v.count}× ${kb(v.wire)}/${kb(v.decoded)}`)
    .join('; ');
  row(`${route} by type (gzip/decoded)`, kinds);
  // an article page "with a widget" hydrates an island; without one the budget is no script file at all, and the
  // one inline script (大字/高对比 applied before first paint, SPEC §7, and the cite tools' loader) is shown beside it
  const budget = !isArticle ? '' : p.islands > 0 ? '≤ 12 KB' : '0 files';
  const verdict = !isArticle ? '' : p.islands > 0 ? check(jsTotal, BUDGET.widgetJs) : jsFiles === 0 ? `ok; inline ${kb(p.inlineJs.gzip)}` : 'MISS';
  row(
    `${route} JavaScript once its widgets have hydrated (gzip bodies, files + inline)`,
    `${kb(jsTotal)}: files ${kb(jsFiles)}${p.scripts.length ? ` [${p.scripts.join(', ')}]` : ''}; inline ${kb(p.inlineJs.gzip)} (${p.inlineJs.scripts} scripts, ${kb(p.inlineJs.raw)} raw); ${p.islands} islands`,
    budget,
    isArticle ? '29.9 KB' : '',
    verdict,
  );
  row(`${route} DOMContentLoaded / load (median of ${LOADS_PER_ROUTE})`, `${ms(p.dcl)} / ${ms(p.load)}`);
  if (p.external.length) row(`${route} THIRD-PARTY REQUESTS`, p.external.join(' '), 'none', '', 'MISS');
}
row('Pagefind in dist/pagefind: all files / the index proper', pagefind ? `${kb(pagefind.total)} in ${pagefind.files} files / ${kb(pagefind.index)} (index, fragments, meta, wasm; the unused *-ui files excluded)` : 'n/a');
if (search.error) row('search', search.error);
else {
  row('Pagefind bytes fetched by the first search (gzip)', kb(search.fetchedIndex));
  row('first search: Enter in the header → results drawn (median of 3 cold)', `${ms(search.first)} (${search.firstRuns.map((t) => Math.round(t)).join(' / ')})`, '≤ 300 ms', '~450 ms', check(search.first, BUDGET.firstSearchMs));
  row('later queries: typed in /search/ → results drawn (median of 6)', `${ms(search.later)} (${search.laterRuns.map((t) => Math.round(t)).join(' / ')})`, '≤ 50 ms', '', check(search.later, BUDGET.laterSearchMs));
  row('  of which Pagefind search() + 20 result fragments (median)', ms(search.engine));
}
for (const route of LIGHTHOUSE_ROUTES) {
  const l = lighthouseResults[route];
  if (l.error) {
    row(`Lighthouse mobile ${route}`, l.error, 'perf ≥ 98, a11y/bp/seo 100');
    continue;
  }
  const s = l.scores;
  const ok = s.performance >= 98 && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100;
  row(
    `Lighthouse mobile ${route}`,
    `perf ${s.performance}, a11y ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo} (LCP ${ms(l.lcp)}, TBT ${ms(l.tbt)})`,
    'perf ≥ 98, a11y/bp/seo 100',
    '',
    ok ? 'ok' : 'MISS',
  );
  if (l.failed.length) row(`  ${route} audits below full marks`, l.failed.join('; '));
}

const header = ['what', 'measured', 'budget (SPEC §8)', 'Starlight', ''];
const widths = header.map((h, i) => Math.min(90, Math.max(h.length, ...rows.map((r) => String(r[i]).length))));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nBenchmark of ${distDir} (${new Date().toISOString()}, Chromium ${chromiumVersion})\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log('\nBytes are what Chromium received from the local server, which gzips text like a CDN; "decoded" is after gzip. ' + 'Inline JS is counted from the HTML (already inside the document bytes).');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ buildTimes, pages, search, lighthouse: lighthouseResults, pagefind }, null, 2));
process.exit(0);
