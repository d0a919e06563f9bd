#!/usr/bin/env node
// Where the time of a search goes, on this site's /search/: after the page is idle and the cursor is in the field
// (which gets Pagefind ready, warmOnIntent in src/widgets/pagefind-load.ts), the query is typed (one input event) and
// every request made until the first result is drawn is listed with its start and end relative to the keystroke.
// `--header` instead types into the header search of a freshly loaded /measure/2/ (its code and Pagefind load on first
// use) until the first result is drawn in the panel under the field.
//   node scripts/search-trace.ts [--header] [query]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from './chromium.ts';
import { createStaticHandler } from './static-server.ts';
import { distDir } from './site-dir.ts';
import { networkQuiet } from './network-quiet.ts';

const header = process.argv.includes('--header');
const query = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '技师';
const RESULT = header ? '.header-results .search-results li a' : '.search-results li a';
const server = createServer(createStaticHandler(distDir));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
/** Times the page records (init script below): the first input event and the first result drawn. */
interface Marks {
  input: number | null;
  drawn: number | null;
}
/** Pagefind's API as this script uses it (pagefind.js in the built site). */
interface Pagefind {
  search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

const browser = await launchChromium();
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript((selector) => {
    // runs in the page: nothing from this module's scope
    const t: Marks = { input: null, drawn: null };
    (window as unknown as { __t: Marks }).__t = t;
    addEventListener('input', () => (t.input ??= performance.now()), true);
    new MutationObserver(() => {
      if (t.drawn === null && document.querySelector(selector)) t.drawn = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, RESULT);
  const page = await context.newPage();
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
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return {
      t: (window as unknown as { __t: Marks }).__t,
      nav: {
        dcl: nav?.domContentLoadedEventEnd ?? 0,
        load: nav?.loadEventEnd ?? 0,
        responseEnd: nav?.responseEnd ?? 0,
      },
      res: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        name: r.name.replace(location.origin, ''),
        start: r.startTime,
        end: r.responseEnd,
        size: r.encodedBodySize,
      })),
    };
  });
  const t0 = out.t.input ?? 0;
  console.log(
    `\nrun ${run + 1}: from the input event → first result drawn at ${Math.round((out.t.drawn ?? 0) - t0)} ms` +
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
      // a path of the served site, not of this checkout
      const pf = (await import('/pagefind/pagefind.js' as string)) as Pagefind;
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
