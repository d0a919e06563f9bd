/**
 * /batch/'s figures (README.md, Budgets and checks): 10,000 rows evaluated (median of --runs, default 5; target ≤ 1.5 s) and 100,000 rows
 * with the longest main-thread task (target ≤ 200 ms), in Chromium against the built site (dist/, served by
 * scripts/static-server.mjs as the tests and the bench serve it). Each run opens /batch/ in a fresh page and chooses a
 * generated CSV file from disk (as a reader's file dialog gives it: no copy of the bytes through the page); two
 * times: from the file chosen to the counts shown (the worker's start, its code, Papa Parse, every row through the
 * rules, the rows back to the page), and the evaluation alone (from the progress bar's first frame, when the list
 * has been read, to the counts). It reports and never fails.
 *
 *   npm run build && node scripts/bench-batch.ts [--runs 5] [--rows 10000] [--big 100000]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.ts';
import { createStaticHandler } from './static-server.ts';
import { distDir } from './site-dir.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    rows: { type: 'string', default: '10000' },
    big: { type: 'string', default: '100000' },
  },
});
const RUNS = Number(values.runs);
const ROWS = Number(values.rows);
const BIG = Number(values.big);

/** A deterministic list like an office's: levels, projects, classes, a certificate date for about a third. */
function makeCsv(n: number): Buffer {
  let seed = 20221919;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const levels = ['初级工', '中级工', '高级工', '技师', '高级技师', '无'];
  const projects = ['无', '经技师项目新培养为技师', '经技师项目新培养为高级技师', '高级技师参加岗位技能提升培训'];
  const educations = [
    '以上都不是',
    '技工院校预备技师班、技师班在读学生',
    '中等职业学校毕业生',
    '技工院校高级工班毕业生',
  ];
  const placings = ['无', '第一名', '第二名', '第三名', '优胜奖'];
  const lines = [
    '姓名,当前职业技能等级,技师项目培养情况,是否在生产一线工作,学历或在读情况,全市技能大赛名次,取得高级工证书日期',
  ];
  for (let i = 0; i < n; i++) {
    const date = rnd(3) === 0 ? `${2015 + rnd(10)}/${1 + rnd(12)}/${1 + rnd(28)}` : '';
    lines.push(
      [
        `职工${i}`,
        levels[rnd(levels.length)],
        projects[rnd(projects.length)],
        rnd(2) ? '√' : '×',
        educations[rnd(educations.length)],
        placings[rnd(placings.length)],
        date,
      ].join(','),
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

const server = createServer(createStaticHandler(distDir));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();

const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));

/** One run: a fresh page, the file chosen, until the counts show; the longest task on the page's thread. */
async function run(csv: Buffer): Promise<{ ms: number; evaluationMs: number; longestTaskMs: number; counts: string }> {
  const file = join(dir, 'list.csv');
  writeFileSync(file, csv);
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(`
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // when the list has been read (the progress bar) and when the counts show
    new MutationObserver(() => {
      if (window.__read === undefined && document.querySelector('#batch-progress')) window.__read = performance.now();
      if (window.__done === undefined && document.querySelector('[data-counts]')) window.__done = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(`${origin}/batch/`);
  await page.locator('[data-island="batch"][data-hydrated]').waitFor({ state: 'attached' });
  // the widget itself comes on the first move: focus the file field as a reader would, then wait for it
  await page.locator('#batch-file').focus();
  await page.locator('.batch[data-live]').waitFor({ state: 'attached' });
  await page.evaluate('window.__longest = 0');
  const t0 = Date.now();
  await page.locator('#batch-file').setInputFiles(file);
  await page.locator('[data-counts]').waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  const evaluationMs = (await page.evaluate('window.__done - window.__read')) as number;
  const longestTaskMs = (await page.evaluate('window.__longest')) as number;
  const counts = (await page.locator('[data-counts]').innerText()).replace(/\s+/g, '');
  await context.close();
  return { ms, evaluationMs: Math.round(evaluationMs), longestTaskMs, counts };
}

/** A line of the report (stdout, as npm run bench prints its figures). */
const report = (line: string) => process.stdout.write(`${line}\n`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const small = makeCsv(ROWS);
const times: number[] = [];
const evaluations: number[] = [];
const longest: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = await run(small);
  times.push(r.ms);
  evaluations.push(r.evaluationMs);
  longest.push(r.longestTaskMs);
  report(
    `${ROWS} rows, run ${i + 1}: ${r.ms} ms from the file chosen, ${r.evaluationMs} ms evaluating; longest main-thread task ${Math.round(r.longestTaskMs)} ms (${r.counts})`,
  );
}
report(
  `${ROWS} rows: median ${median(times)} ms from the file chosen, ${median(evaluations)} ms evaluating (target ≤ 1500 ms); longest main-thread task ${Math.round(Math.max(...longest))} ms`,
);

const bigCsv = makeCsv(BIG);
const big = await run(bigCsv);
report(
  `${BIG} rows (${(bigCsv.length / 1024 / 1024).toFixed(1)} MB): ${big.ms} ms from the file chosen, ${big.evaluationMs} ms evaluating; longest main-thread task ${Math.round(big.longestTaskMs)} ms (target ≤ 200 ms) (${big.counts})`,
);

await browser.close();
server.close();
