#!/usr/bin/env node
// Where the time of a search goes, on this site's /search/: after the page is idle and the cursor is in the field
// (which gets Pagefind ready, warmOnIntent in src/widgets/pagefind-load.ts), the query is typed (one input event) and
// every request made until the first result is drawn is listed with its start and end relative to the keystroke.
// `--header` instead types into the header search of a freshly loaded /measure/2/ (its code and Pagefind load on first
// use) until the first result is drawn in the panel under the field.
//   node scripts/search-trace.mjs [--header] [query]
import { createServer } from 'node:http';
import { launchChromium } from './chromium.mjs';
import { createStaticHandler } from './static-server.mjs';
import { distDir } from './site-dir.mjs';
import { networkQuiet } from './network-quiet.mjs';

const header = process.argv.includes('--header');
const query = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '技师';
const RESULT = header ? '.header-results .search-results li a' : '.search-results li a';
const server = createServer(createStaticHandler(distDir));
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript((selector) => {
    window.__t = { input: null, drawn: null };
    addEventListener('input', () => (window.__t.input ??= performance.now()), true);
    new MutationObserver(() => {
      if (window.__t.drawn === null && document.querySelector(selector)) window.__t.drawn = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, RESULT);
  const page = await context.newPage();
  let t0;
  if (header) {
    await page.goto(`${origin}/measure/2/`, { waitUntil: 'load' });
    await page.fill('#header-q', query);
  } else {
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.focus('#search-q');
    await networkQuiet(page);
    await page.fill('#search-q', query);
  }
  await page.waitForSelector(RESULT, { timeout: 20_000 });
  const out = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return {
      t: window.__t,
      nav: { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, responseEnd: nav.responseEnd },
      res: performance.getEntriesByType('resource').map((r) => ({
        name: r.name.replace(location.origin, ''),
        start: r.startTime,
        end: r.responseEnd,
        size: r.encodedBodySize,
      })),
    };
  });
  t0 = out.t.input;
  console.log(
    `\nrun ${run + 1}: from the input event → first result drawn at ${Math.round(out.t.drawn - t0)} ms` +
      (header ? ` (DCL ${Math.round(out.nav.dcl)}, load ${Math.round(out.nav.load)})` : ''),
  );
  for (const r of out.res.filter((r) => r.end >= t0).sort((a, b) => a.start - b.start)) {
    console.log(
      `  ${String(Math.round(r.start - t0)).padStart(6)} → ${String(Math.round(r.end - t0)).padStart(6)} ms  ${(r.size / 1024).toFixed(1).padStart(5)} KB  ${r.name}`,
    );
  }
  if (!header) {
    // a second query on the same page, timed inside: Pagefind's search() (the index is loaded) and the first 5 fragments
    const t = await page.evaluate(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const a = performance.now();
      const r = await pf.search('补贴');
      const b = performance.now();
      await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
      return { search: b - a, fragments: performance.now() - b };
    });
    console.log(
      `  then 补贴 on the same page: search() ${Math.round(t.search)} ms, first 5 fragments ${Math.round(t.fragments)} ms`,
    );
  }
  await context.close();
}
await browser.close();
server.close();
