/**
 * The words as built (dist/ or $DIST_DIR): the 解读 sits under the official text and links to articles, every amount on
 * a page equals the rules module's, the home page shows the key amounts and the 8 chapters / 20 articles, the glossary
 * and FAQ pages hold what they promise, and no page shows a phone number but 12333 or a street address.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtDocument, builtPages, closeBuiltDocuments, readBuilt } from './built';
import { parameters } from '../../src/rules/parameters';
import { formatParameter } from '../../src/rules/format';
import { ADDRESS, PHONE } from '../content/word-checks';
import { amountWhoWords, squeeze } from '../lib/tu-data';

afterAll(closeBuiltDocuments);
const load = builtDocument;

/** Every <data data-param> on a page shows its parameter's formatted value and carries its raw value. */
function expectParamsTrue(doc: Document, route: string): number {
  const els = [...doc.querySelectorAll('[data-param]')];
  for (const el of els) {
    const id = el.getAttribute('data-param') ?? '';
    expect(Object.hasOwn(parameters, id), `${route}: ${id}`).toBe(true);
    const p = parameters[id as keyof typeof parameters];
    expect(el.textContent, `${route}: ${id}`).toBe(formatParameter(p));
    expect(el.getAttribute('value'), `${route}: ${id}`).toBe(String(p.value));
  }
  return els.length;
}

describe('/measure/N/: the 解读', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    '第%i条: explanation labelled 解读, after the official text, linking to an article',
    (n) => {
      const doc = load(`/measure/${n}/`);
      const official = doc.querySelector('section.official');
      const interpretation = doc.querySelector('section.interpretation');
      expect(official).not.toBeNull();
      expect(interpretation).not.toBeNull();
      expect(official!.compareDocumentPosition(interpretation!) & 4 /* FOLLOWING */).toBeTruthy();
      expect(interpretation!.querySelector('h2')?.textContent).toContain('解读');
      expect(interpretation!.textContent).toContain('不是官方原文');
      const links = [...interpretation!.querySelectorAll('a[href^="/measure/"]')];
      expect(links.length).toBeGreaterThan(0);
      expectParamsTrue(doc, `/measure/${n}/`);
    },
  );

  it('第六条 shows the three subsidy amounts from the rules module', () => {
    const doc = load('/measure/6/');
    const shown = [...doc.querySelectorAll('.interpretation [data-param]')].map((e) => e.getAttribute('data-param'));
    expect(shown).toEqual(
      expect.arrayContaining([
        'technicianTrainingSubsidy',
        'seniorTechnicianTrainingSubsidy',
        'seniorTechnicianUpgradeSubsidy',
      ]),
    );
  });
});

describe('home page', () => {
  const doc = load('/');
  it('shows the key amounts, each linking to its article', () => {
    const rows = [...doc.querySelectorAll('.amounts-table tbody tr')];
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) {
      for (const el of row.querySelectorAll('[data-param]')) {
        const param = el.getAttribute('data-param') as keyof typeof parameters;
        expect(row.querySelector(`a[href="/measure/${parameters[param].article}/"]`), param).not.toBeNull();
      }
    }
    expect(expectParamsTrue(doc, '/')).toBeGreaterThanOrEqual(rows.length);
  });
  it('every amount in the table stands beside its who-words and its deferral words (the declarations’, never retyped)', () => {
    const rows = [...doc.querySelectorAll('.amounts-table tbody tr')];
    const byBenefit = new Map(rows.map((r) => [r.getAttribute('data-benefit'), squeeze(r.textContent ?? '')]));
    expect([...byBenefit.keys()].sort()).toEqual(Object.keys(amountWhoWords).sort());
    for (const [id, words] of Object.entries(amountWhoWords))
      for (const w of words) expect(byBenefit.get(id), `${id}: ${w}`).toContain(squeeze(w));
    // every figure of 第十三条 with its placing, 第五条's two rates with what each is
    const placings = byBenefit.get('city-competition-award') ?? '';
    for (const p of ['第一名', '第二名', '第三名', '优胜奖']) expect(placings).toContain(p);
    expect(byBenefit.get('education-fund-deduction')).toContain('一线职工培训');
  });
  it('draws the structure: 8 chapters and 20 articles, each article linked', () => {
    expect(doc.querySelectorAll('.chapter-map .chapter-band').length).toBe(8);
    const hrefs = [...doc.querySelectorAll('.chapter-map .chapter-articles a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(Array.from({ length: 20 }, (_, i) => `/measure/${i + 1}/`));
  });
  it('has an entry point for each audience', () => {
    for (const a of ['workers', 'enterprises', 'schools', 'media'])
      expect(doc.querySelector(`a[href="/guides/${a}/"]`), a).not.toBeNull();
  });
});

describe('guides, glossary, FAQ', () => {
  const routes = [
    '/guides/workers/',
    '/guides/enterprises/',
    '/guides/schools/',
    '/guides/media/',
    '/glossary/',
    '/faq/',
  ];
  it.each(routes)('%s has its own title and description and an indexed body', (route) => {
    const doc = load(route);
    expect(doc.querySelector('h1')?.textContent?.length).toBeGreaterThan(2);
    expect(doc.querySelector('[data-pagefind-body]')).not.toBeNull();
    expectParamsTrue(doc, route);
  });
  it('titles and descriptions differ from page to page', () => {
    const titles = routes.map((r) => load(r).querySelector('title')?.textContent);
    const descriptions = routes.map((r) => load(r).querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(new Set(titles).size).toBe(routes.length);
    expect(new Set(descriptions).size).toBe(routes.length);
  });
  it('the media guide shows the standard citation and both link forms', () => {
    const text = load('/guides/media/').querySelector('main')!.textContent ?? '';
    expect(text).toContain('《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条');
    expect(text).toContain('/measure/N/');
    expect(text).toContain('/measure/#art-N');
  });
  it('the glossary has at least 20 anchored terms, and every /glossary/#… link on the site lands on one', () => {
    const ids = new Set([...load('/glossary/').querySelectorAll('.glossary-entry[id]')].map((e) => e.id));
    expect(ids.size).toBeGreaterThanOrEqual(20);
    const missing: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(page.file, 'utf8');
      for (const m of html.matchAll(/href="\/glossary\/#([^"]+)"/g))
        if (!ids.has(m[1]!)) missing.push(`${page.route} → #${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
  it('the FAQ has at least 12 answers, each linking to an article', () => {
    const items = [...load('/faq/').querySelectorAll('.faq-item')];
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) expect(item.querySelector('a[href^="/measure/"]'), item.id).not.toBeNull();
  });
});

describe('no phone number but 12333 and no street address on any built page', () => {
  it('visible text and JSON of every page', () => {
    const problems: string[] = [];
    const routes = builtPages();
    expect(routes.length).toBeGreaterThan(26);
    for (const page of routes) {
      const html = readFileSync(page.file, 'utf8');
      const text = html
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]+>/g, ' ');
      for (const m of text.match(PHONE) ?? []) if (m !== '12333') problems.push(`${page.route}: ${m}`);
      for (const m of text.match(ADDRESS) ?? []) problems.push(`${page.route}: ${m}`);
    }
    for (const api of ['/api/measure.json', '/api/rules.json']) {
      const json = readBuilt(api);
      const strings = [...json.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).join('\n');
      for (const m of strings.match(PHONE) ?? []) if (m !== '12333') problems.push(`${api}: ${m}`);
      for (const m of strings.match(ADDRESS) ?? []) problems.push(`${api}: ${m}`);
    }
    expect(problems).toEqual([]);
  });
});
