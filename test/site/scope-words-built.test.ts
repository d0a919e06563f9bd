/**
 * The corrected words as built (dist/ or $DIST_DIR), read from the HTML with happy-dom: readings are blocks
 * that start with 本站理解： and carry data-reading; the date is stated one way on every page that states it; articles
 * name their 主要读者; the summaries, as meta descriptions, keep their restrictions. Expected words are typed by hand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { builtDocument, builtPages, closeBuiltDocuments, readBuilt } from './built';

afterAll(closeBuiltDocuments);

const load = builtDocument;
const page = builtDocument;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, '');

const DATE_STATEMENT = '2022年9月19日印发，自发布之日起施行（第二十条）';
const XIANGYING_READING =
  '“相应系列”指与本人所从事职业（工种）相对应的职称系列；办法没有界定，以职称评审主管部门的规定为准。';

describe('readings (本站理解) on the built pages', () => {
  const pages = builtPages();
  it('every [data-reading] block starts with 本站理解： and is not inside a paragraph or the official text', () => {
    let count = 0;
    for (const p of pages) {
      const doc = load(p.file);
      for (const el of doc.querySelectorAll('[data-reading]')) {
        count++;
        expect(text(el).startsWith('本站理解：'), `${p.route}: ${text(el)}`).toBe(true);
        expect(el.closest('p, section.official, article.doc'), p.route).toBeNull();
      }
    }
    expect(count).toBeGreaterThan(10);
  });
  it('第十六条 shows the “相应系列” reading as a reading', () => {
    const readings = [...page('/measure/16/').querySelectorAll('[data-reading]')].map(text);
    expect(readings).toContain(`本站理解：${XIANGYING_READING}`);
  });
  it('the glossary and the FAQ mark their readings: 直接申报, the date, the 培训基地', () => {
    const glossary = page('/glossary/');
    expect(text(glossary.querySelector('#professional-title [data-reading]'))).toContain(
      '“直接申报”指不必从低一级职称逐级晋升',
    );
    const faq = page('/faq/');
    expect(text(faq.querySelector('#worldskills-title [data-reading]'))).toContain('“直接申报”指');
    expect(text(faq.querySelector('#is-it-in-force [data-reading]'))).toContain(
      '本站以文件落款的印发日期（2022年9月19日）作为发布日期',
    );
    expect(text(faq.querySelector('#training-base-schools [data-reading]'))).toContain('市里负责推荐和争取');
  });
  it('/api/measure.json keeps readings apart from the official text', () => {
    const json = JSON.parse(readBuilt('/api/measure.json')) as {
      articles: { number: number; text: string; readings: string[] }[];
    };
    const a16 = json.articles.find((a) => a.number === 16)!;
    expect(a16.readings).toContain(XIANGYING_READING);
    expect(a16.text).not.toContain('本人所从事职业');
  });
});

describe('one statement of the date and status (第二十条 and the issuing line)', () => {
  it.each(['/', '/about/', '/measure/', '/measure/20/', '/faq/', '/guides/media/'])(
    '%s states the date as 第二十条 and the issuing line give it',
    (route) => {
      expect(text(page(route).body)).toContain(DATE_STATEMENT);
    },
  );
  it('the footer of every page gives the same statement', () => {
    for (const p of builtPages().filter((x) => x.route !== '/404.html')) {
      expect(text(load(p.file).querySelector('.site-footer')), p.route).toContain(DATE_STATEMENT);
    }
  });
  it('no page states the date flatly as publication or validity', () => {
    for (const p of builtPages()) {
      const body = text(load(p.file).body);
      expect(body, p.route).not.toMatch(/2022年9月19日(?:起施行|发布(?!日期))|现行有效/);
    }
  });
  it('the document metadata block names the reading behind the dates', () => {
    for (const route of ['/measure/', '/about/']) {
      const doc = page(route);
      expect(text(doc.querySelector('.doc-meta'))).toContain('自发布之日起施行（第二十条）');
      expect(text(doc.querySelector('.doc-meta + [data-reading]'))).toContain('本站以文件落款的印发日期');
    }
  });
  it('JSON-LD claims no legal force the document does not state', () => {
    for (const route of ['/measure/', '/measure/20/']) {
      for (const s of page(route).querySelectorAll('script[type="application/ld+json"]')) {
        expect(s.textContent, route).not.toContain('legislationLegalForce');
      }
    }
  });
});

describe('articles name their 主要读者, and their descriptions keep the scope', () => {
  it('no page says 适用对象', () => {
    for (const p of builtPages()) expect(text(load(p.file).body), p.route).not.toContain('适用对象');
  });
  it('第二十条 is for every reader; 第十五条 includes enterprises', () => {
    expect(text(page('/measure/20/').querySelector('main'))).toContain(
      '主要读者：职工、学生、毕业生；企业、培训机构；院校；媒体、研究者',
    );
    expect(text(page('/measure/15/').querySelector('main'))).toMatch(/主要读者：[^·]*企业、培训机构/);
  });
  it.each([
    ['/measure/11/', ['预备技师班', '技师班学生']],
    ['/measure/16/', ['经评审认定', '国赛金牌', '世赛获奖者']],
  ])('%s: meta description and share card keep %j', (route, words) => {
    const doc = page(route);
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      const content = doc.querySelector(selector)?.getAttribute('content') ?? '';
      for (const w of words) expect(content, `${route} ${selector}`).toContain(w);
    }
  });
});
