import { describe, expect, it } from 'vitest';
import { openPage, siteRoutes, type PageLog, useSite } from './harness';
import { officialArticles } from '../../src/lib/document';
import { withoutWhiteSpace } from '../../src/lib/official-document';

const site = useSite();
const logs: PageLog[] = [];

async function visit(path: string, fn?: (p: import('playwright-core').Page) => Promise<void>) {
  const { page, log, close } = await openPage(site());
  logs.push(log);
  if (path === '/no-such-page/') log.expectedStatus = 404;
  const res = await page.goto(site().origin + path, { waitUntil: 'load' });
  try {
    if (fn) await fn(page);
  } finally {
    await close();
  }
  return { status: res?.status() ?? 0, log };
}

describe('every route answers 200 with its own title, description and canonical URL', () => {
  it.each(siteRoutes())('%s', async (path) => {
    let head: { title: string; description: string | null; canonical: string | null; lang: string | null } | undefined;
    const { status, log } = await visit(path, async (page) => {
      head = await page.evaluate(`({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        lang: document.documentElement.getAttribute('lang'),
      })`);
    });
    expect(status).toBe(200);
    expect(head?.lang).toBe('zh-CN');
    expect(head?.title.length).toBeGreaterThan(3);
    expect(head?.description?.length ?? 0).toBeGreaterThan(10);
    expect(head?.canonical).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(log.consoleProblems).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.externalRequests).toEqual([]);
  });

  it('titles and descriptions are unique per page', async () => {
    const seen = new Map<string, string>();
    for (const path of siteRoutes()) {
      await visit(path, async (page) => {
        const t = await page.title();
        expect(seen.get(t), `${path} shares its title with ${seen.get(t)}`).toBeUndefined();
        seen.set(t, path);
      });
    }
  });
});

describe('/measure/: the whole document with its anchors', () => {
  it('has ch-1…ch-8 and art-1…art-20, the header, 文号, notice, metadata and issuing line', async () => {
    await visit('/measure/', async (page) => {
      const ids: string[] = await page.evaluate(`Array.from(document.querySelectorAll('[id]')).map((e) => e.id)`);
      for (let c = 1; c <= 8; c++) expect(ids).toContain(`ch-${c}`);
      for (let a = 1; a <= 20; a++) expect(ids).toContain(`art-${a}`);
      const text = await page.textContent('main');
      for (const s of ['许昌市人力资源和社会保障局 许昌市财政局文件', '许人社办〔2022〕28号', '各县（市、区）人力资源和社会保障局', '2022年9月19日印发', '发文机关', '发文字号', '成文日期', '发布日期', '施行日期', '效力状态', '许人才委〔2019〕12号']) {
        expect(text).toContain(s);
      }
    });
  });

  it('shows every article exactly as the transcript has it', async () => {
    await visit('/measure/', async (page) => {
      const shown: Record<string, string> = await page.evaluate(
        `Object.fromEntries(Array.from(document.querySelectorAll('.doc-article')).map((e) => [e.id, e.querySelector('p').textContent]))`,
      );
      for (const a of officialArticles) expect(withoutWhiteSpace(shown[`art-${a.number}`] ?? '')).toBe(withoutWhiteSpace(a.text));
    });
  });

  it('links to an article anchor scroll it into view', async () => {
    await visit('/measure/#art-13', async (page) => {
      const top: number = await page.evaluate(`document.getElementById('art-13').getBoundingClientRect().top`);
      expect(Math.abs(top)).toBeLessThan(50);
    });
  });
});

describe('/measure/N/: one article', () => {
  it.each(officialArticles.map((a) => [a.number, a] as const))('第%i条 shows its official text, chapter breadcrumb and pager', async (n, article) => {
    await visit(`/measure/${n}/`, async (page) => {
      const official = await page.textContent(`[data-official-article="${n}"] .official-body`);
      expect(withoutWhiteSpace(official ?? '')).toBe(withoutWhiteSpace(article.text));
      expect(await page.textContent('h1')).toContain(article.label);
      expect(await page.getAttribute(`.breadcrumb a[href="/measure/#ch-${article.chapter}"]`, 'href')).toBe(`/measure/#ch-${article.chapter}`);
      expect(await page.locator(`a[href="/measure/#art-${n}"]`).count()).toBeGreaterThan(0);
      expect(await page.locator('a[rel="prev"]').count()).toBe(n === 1 ? 0 : 1);
      expect(await page.locator('a[rel="next"]').count()).toBe(n === 20 ? 0 : 1);
    });
  });
});

describe('404', () => {
  it('an unknown URL gets the 404 page with a link home and a search box', async () => {
    const { status } = await visit('/no-such-page/', async (page) => {
      expect(await page.textContent('h1')).toBe('页面不存在');
      expect(await page.locator('main a[href="/"]').count()).toBe(1);
      expect(await page.locator('main input[type="search"]').count()).toBe(1);
    });
    expect(status).toBe(404);
  });
});

describe('search', () => {
  const expectations: [string, RegExp][] = [
    ['技师', /\/measure\/(6|10|11)\//],
    ['培训补贴', /\/measure\/6\//],
    ['技能大师工作室', /\/measure\/8\//],
    ['世赛', /\/measure\/(13|16)\//],
    ['职工教育经费', /\/measure\/5\//],
    ['金蓝领', /\/measure\/9\//],
  ];
  it.each(expectations)('typing %s in the header search finds the right article near the top', async (term, expected) => {
    await visit('/measure/2/', async (page) => {
      await page.fill('#header-q', term);
      await page.press('#header-q', 'Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.waitForSelector('.search-results li a', { timeout: 15_000 });
      const hrefs: string[] = await page.$$eval('.search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.slice(0, 3).some((h) => expected.test(h)), `${term} → ${hrefs.slice(0, 5).join(', ')}`).toBe(true);
    });
  });

  it('a search with no result says so and suggests the full text', async () => {
    await visit('/search/?q=' + encodeURIComponent('咖啡'), async (page) => {
      await page.waitForSelector('text=没有找到', { timeout: 15_000 });
      expect(await page.locator('.search-status a[href="/measure/"]').count()).toBe(1);
    });
  });

  it('results update as the reader types and the query is kept in the URL', async () => {
    await visit('/search/', async (page) => {
      await page.waitForFunction(() => !document.querySelector('[data-island]:not([data-hydrated])'));
      await page.fill('#search-q', '金蓝领');
      await page.waitForSelector('.search-results li a[href*="/measure/9/"]', { timeout: 15_000 });
      expect(new URL(page.url()).searchParams.get('q')).toBe('金蓝领');
    });
  });
});

describe('the whole visit', () => {
  it('no console error or warning, no page error, and no request left the local server', () => {
    expect(logs.length).toBeGreaterThan(20);
    // the browser reports the 404 status of the 404 test's own document; nothing else may appear
    const problems = logs.flatMap((l) => (l.expectedStatus === 404 ? l.consoleProblems.filter((m) => !/status of 404/.test(m)) : l.consoleProblems));
    expect(problems).toEqual([]);
    expect(logs.flatMap((l) => l.pageErrors)).toEqual([]);
    expect(logs.flatMap((l) => l.externalRequests)).toEqual([]);
  });
});
