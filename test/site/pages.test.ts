/**
 * Every built page, read from dist/: its own language, title, description and canonical URL; /measure/ with the whole
 * document and its anchors; each article page with its official text, chapter breadcrumb and pager; the 404 page.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { builtDocument, builtPages, closeBuiltDocuments } from './built';
import { officialArticles } from '../../src/lib/document';
import { withoutWhiteSpace } from '../../src/lib/official-document';

afterAll(closeBuiltDocuments);

const pages = builtPages().filter((p) => p.route !== '/404.html');

function head(route: string) {
  const doc = builtDocument(route);
  return {
    lang: doc.documentElement.getAttribute('lang'),
    title: doc.title,
    description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
  };
}

describe('every page has its own language, title, description and canonical URL', () => {
  it.each(pages.map((p) => p.route))('%s', (route) => {
    const h = head(route);
    expect(h.lang).toBe('zh-CN');
    expect(h.title.length).toBeGreaterThan(3);
    expect(h.description.length).toBeGreaterThan(10);
    expect(new URL(h.canonical, 'https://site.test').pathname).toBe(route);
  });

  it('titles and descriptions are unique per page', () => {
    for (const key of ['title', 'description'] as const) {
      const seen = new Map<string, string>();
      for (const { route } of pages) {
        const value = head(route)[key];
        expect(seen.get(value), `${route} shares its ${key} with ${seen.get(value)}`).toBeUndefined();
        seen.set(value, route);
      }
    }
  });
});

describe('/measure/: the whole document with its anchors', () => {
  const doc = () => builtDocument('/measure/');

  it('has ch-1…ch-8 and art-1…art-20, the header, 文号, notice, metadata and issuing line', () => {
    const ids = new Set(Array.from(doc().querySelectorAll('[id]')).map((e) => e.id));
    for (let c = 1; c <= 8; c++) expect(ids.has(`ch-${c}`), `ch-${c}`).toBe(true);
    for (let a = 1; a <= 20; a++) expect(ids.has(`art-${a}`), `art-${a}`).toBe(true);
    const text = doc().querySelector('main')?.textContent ?? '';
    for (const s of [
      '许昌市人力资源和社会保障局 许昌市财政局文件',
      '许人社办〔2022〕28号',
      '各县（市、区）人力资源和社会保障局',
      '2022年9月19日印发',
      '发文机关',
      '发文字号',
      '成文日期',
      '发布日期',
      '施行日期',
      '效力状态',
      '许人才委〔2019〕12号',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('shows every article exactly as the transcript has it', () => {
    for (const a of officialArticles) {
      const shown = doc().querySelector(`#art-${a.number}.doc-article p`)?.textContent ?? '';
      expect(withoutWhiteSpace(shown), `第${a.number}条`).toBe(withoutWhiteSpace(a.text));
    }
  });
});

describe('/measure/N/: one article', () => {
  it.each(officialArticles.map((a) => [a.number, a] as const))(
    '第%i条 shows its official text, chapter breadcrumb and pager',
    (n, article) => {
      const doc = builtDocument(`/measure/${n}/`);
      const official = doc.querySelector(`[data-official-article="${n}"] .official-body`)?.textContent ?? '';
      expect(withoutWhiteSpace(official)).toBe(withoutWhiteSpace(article.text));
      expect(doc.querySelector('h1')?.textContent).toContain(article.label);
      expect(doc.querySelector(`.breadcrumb a[href="/measure/#ch-${article.chapter}"]`)).not.toBeNull();
      expect(doc.querySelectorAll(`a[href="/measure/#art-${n}"]`).length).toBeGreaterThan(0);
      expect(doc.querySelectorAll('a[rel="prev"]').length).toBe(n === 1 ? 0 : 1);
      expect(doc.querySelectorAll('a[rel="next"]').length).toBe(n === 20 ? 0 : 1);
    },
  );
});

describe('404', () => {
  it('the 404 page links home and offers a search box', () => {
    const doc = builtDocument('/404.html');
    expect(doc.querySelector('h1')?.textContent).toBe('页面不存在');
    expect(doc.querySelectorAll('main a[href="/"]').length).toBe(1);
    expect(doc.querySelectorAll('main input[type="search"]').length).toBe(1);
  });
});
