/**
 * Search ranking: every name people use for a thing finds the article that grants it, first. Full names,
 * short names and everyday phrasings, each with the article a reader would want. The queries go through Pagefind's
 * JS API in the search page with the options the page itself uses (fast: one page, one index load); one query also
 * goes through the search form.
 * SEARCH_RANK_OUT=<file> writes each query's rank as JSON (for comparing builds).
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanLogs, openPage, useSite, type OpenedPage } from './harness';
import { pagefindOptions } from '../../src/widgets/pagefind-load';

/** [query, the article that grants it] */
const QUERIES: readonly (readonly [string, number])[] = [
  // 第十六条: competitions, awards → 职称 and 绿色通道
  ['世界技能大赛', 16],
  ['世赛', 16],
  ['世赛金牌', 16],
  ['世界技能大赛获奖', 16],
  ['全国职业技能大赛', 16],
  ['国赛', 16],
  ['国赛金牌', 16],
  ['中华技能大奖', 16],
  ['中原技能大奖', 16],
  ['中原技能大师', 16],
  ['中原大工匠', 16],
  ['正高级职称', 16],
  ['副高级职称', 16],
  ['评职称', 16],
  ['职称直通', 16],
  ['绿色通道', 16],
  ['事业单位招聘', 16],
  ['人才引进', 16],
  // 第五条
  ['职工教育经费', 5],
  ['教育经费', 5],
  ['税前扣除', 5],
  ['工资薪金总额', 5],
  // 第六条
  ['技师项目培训补贴', 6],
  ['考技师补贴', 6],
  ['高级技师补贴', 6],
  ['技师培训补贴', 6],
  // 第八条
  ['技能大师工作室', 8],
  ['大师工作室', 8],
  ['工作室奖补', 8],
  // 第九条, 第十条, 第十一条, 第十二条
  ['金蓝领', 9],
  ['企业自主评价', 10],
  ['中级工', 11],
  ['高级工', 11],
  ['三级', 11],
  ['评价机构备案', 12],
  // 第十三条
  ['比赛奖金', 13],
  ['全市技能大赛', 13],
  ['技能竞赛奖励', 13],
  // 第十四条
  ['许昌技能大奖', 14],
  ['许昌市技术能手', 14],
  ['政府特殊津贴', 14],
  // 第十五条
  ['毕业生创业', 15],
  ['创业担保贷款', 15],
  ['创业补贴', 15],
  ['技校毕业生', 15],
  ['技工院校毕业生待遇', 15],
  // 第十七条
  ['企业年金', 17],
];

const site = useSite();

describe('search ranking', () => {
  let opened: OpenedPage;
  /** query → result URLs in Pagefind's order */
  const results = new Map<string, string[]>();

  beforeAll(async () => {
    opened = await openPage(site());
    await opened.page.goto(`${site().origin}/search/`);
    // a string, not a function: vitest would rewrite import() inside a function for Node
    const script = `(async (queries, options) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options(options);
      const out = [];
      for (const q of queries) {
        const r = await pf.search(q);
        out.push(await Promise.all(r.results.slice(0, 12).map(async (x) => (await x.data()).url)));
      }
      return out;
    })(${JSON.stringify(QUERIES.map(([q]) => q))}, ${JSON.stringify(pagefindOptions)})`;
    const urls = (await opened.page.evaluate(script)) as string[][];
    QUERIES.forEach(([q], i) => results.set(q, urls[i] ?? []));
  }, 60_000);

  afterAll(async () => {
    const out = process.env.SEARCH_RANK_OUT;
    if (out) {
      const ranks = QUERIES.map(([q, n]) => {
        const i = (results.get(q) ?? []).indexOf(`/measure/${n}/`);
        return { query: q, article: n, rank: i < 0 ? null : i + 1, first: results.get(q)?.[0] ?? null };
      });
      writeFileSync(out, JSON.stringify(ranks, null, 1));
    }
    expectCleanLogs([opened.log]);
    await opened.close();
  });

  it('has at least 30 queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(QUERIES)('%s → 第%i条 first', (q, n) => {
    expect(results.get(q)?.[0]).toBe(`/measure/${n}/`);
  });

  it.each(QUERIES)('%s: 更新记录 ranks below every article found', (q) => {
    const urls = results.get(q) ?? [];
    const changes = urls.indexOf('/changes/');
    if (changes < 0) return;
    const articlesAfter = urls.slice(changes + 1).filter((u) => /^\/measure\/\d+\/$/.test(u));
    expect(articlesAfter, `${q}: ${urls.join(' ')}`).toEqual([]);
  });

  it('the search form lists 第十六条 first for 世界技能大赛', async () => {
    const { page, log, close } = await openPage(site());
    try {
      await page.goto(`${site().origin}/search/`);
      await page.waitForSelector('[data-island][data-hydrated]');
      await page.fill('#search-q', '世界技能大赛');
      await page.press('#search-q', 'Enter');
      const first = page.locator('.search-results li a').first();
      await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe('/measure/16/');
      // its excerpt reads as Chinese: no ASCII ". " joins, no dangling mark first, the whole name marked
      const excerpt = page.locator('.search-results li p').first();
      const text = (await excerpt.textContent()) ?? '';
      expect(text).not.toMatch(/\p{Script=Han}\. /u);
      expect(text).not.toMatch(/^[”’」』）、，。；：]/);
      expect(await excerpt.locator('mark').allTextContents()).toContain('世界技能大赛');
      expectCleanLogs([log]);
    } finally {
      await close();
    }
  });
});
