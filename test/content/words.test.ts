/**
 * The words (解读, guides, glossary, FAQ) checked against the measure and the rules module: every explanation links to an
 * article, no amount is typed by hand (amounts come from <Param> / {placeholder}), frontmatter summaries state only the
 * article's own parameters, linked glossary anchors exist, a term's first use links to the glossary, no phone number but
 * 12333 and no street address appear in content/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readAllMdxArticles } from './mdx-files';
import { parameterList, parameters } from '../../src/rules/parameters';
import { ADDRESS, PHONE, figureValue, typedAmounts } from './word-checks';
import { GlossaryTermSchema } from '../../src/lib/glossary';
import { FaqItemSchema, answerParts } from '../../src/lib/faq';
import { GuideFrontmatterSchema } from '../../src/lib/guide-schema';
import { AudienceSchema, MeasureArticleFrontmatterSchema } from '../../src/lib/article-schema';
import { allArticles, parseOfficialDocument } from '../../src/lib/official-document';

const root = process.cwd();
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const official = allArticles(parseOfficialDocument(read('content/official/xuchang-rensheban-2022-28.txt')));

/** MDX source minus ESM import lines: the words a reader sees (with their markup). */
function prose(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*import\s/.test(line))
    .join('\n');
}

const articles = readAllMdxArticles().map((f) => ({
  file: f.file,
  n: Number(f.id),
  fm: MeasureArticleFrontmatterSchema.parse(f.frontmatter),
  interpretation: prose(f.afterOfficial),
}));

const GUIDE_DIR = 'content/guides';
const guides = readdirSync(join(root, GUIDE_DIR))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const source = read(`${GUIDE_DIR}/${f}`);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
    return {
      file: `${GUIDE_DIR}/${f}`,
      slug: f.replace(/\.mdx$/, ''),
      fm: GuideFrontmatterSchema.parse(parseYaml(fm?.[1] ?? '')),
      body: prose(source.slice(fm?.[0].length ?? 0)),
    };
  });

const glossary = z.array(GlossaryTermSchema).parse(parseYaml(read('content/glossary/terms.yaml')));
const faq = z.array(FaqItemSchema).parse(parseYaml(read('content/faq/faq.yaml')));
const glossaryIds = new Set(glossary.map((t) => t.id));

const ARTICLE_LINK = /\]\(\/measure\/(\d+)\/(?:#[\w-]+)?\)|href="\/measure\/(\d+)\/(?:#[\w-]+)?"/g;
function linkedArticles(text: string): number[] {
  return [...text.matchAll(ARTICLE_LINK)].map((m) => Number(m[1] ?? m[2]));
}

describe('the typed-amount detector (so the checks below can fail)', () => {
  it.each([
    ['分别给予每人4000元', ['4000元']],
    ['奖补资金10万元', ['10万元']],
    ['其中60%以上', ['60%']],
    ['新培养13.5万人', ['13.5万人']],
    ['表彰10名', ['10名']],
    ['给予十万元', ['十万元']],
    ['百分之八', ['百分之']],
  ])('finds the figure in “%s”', (text, expected) => {
    expect(typedAmounts(text)).toEqual(expected);
  });
  it('ignores what is not an amount: document numbers, dates, 12333, article numbers', () => {
    expect(typedAmounts('许人社办〔2022〕28号，2022年9月19日起施行，拨打 12333，见第十三条、第一名')).toEqual([]);
  });
  it('reads a typed figure as a parameter value', () => {
    expect(figureValue('10万元')).toEqual({ value: 100_000, unit: 'yuan' });
    expect(figureValue('13.5万人')).toEqual({ value: 135_000, unit: 'persons' });
    expect(figureValue('8%')).toEqual({ value: 8, unit: 'percent' });
  });
});

describe('解读: content/measure/NN.mdx after </OfficialText>', () => {
  it.each(articles)('$file has a 解读 inside <Interpretation>', ({ file }) => {
    const source = read(file);
    const open = source.indexOf('<Interpretation>');
    const close = source.indexOf('</Interpretation>');
    expect(open, file).toBeGreaterThan(source.indexOf('</OfficialText>'));
    expect(close).toBeGreaterThan(open);
  });

  it.each(articles)('$file links to at least one article of the measure', ({ interpretation }) => {
    const linked = linkedArticles(interpretation);
    expect(linked.length).toBeGreaterThan(0);
    for (const n of linked) expect(n >= 1 && n <= 20, `第${n}条`).toBe(true);
  });

  it.each(articles)('$file types no amount by hand (amounts come from <Param>)', ({ interpretation }) => {
    expect(typedAmounts(interpretation)).toEqual([]);
  });

  it.each(articles)(
    '$file: every figure in the frontmatter summary is one of the article’s parameters',
    ({ n, fm }) => {
      const own = parameterList.filter((p) => p.article === n);
      for (const figure of typedAmounts(fm.summary)) {
        const v = figureValue(figure);
        expect(v, `${figure} in the summary of 第${n}条 is not a plain figure`).not.toBeNull();
        expect(
          own.some((p) => p.value === v!.value && p.unit === v!.unit),
          `${figure} in the summary of 第${n}条`,
        ).toBe(true);
      }
    },
  );

  it.each(articles)(
    '$file: the official text’s amounts appear in the 解读 through <Param> of that article',
    ({ n, interpretation }) => {
      const own = parameterList.filter((p) => p.article === n && p.unit !== 'years' && p.id !== 'targetYear');
      const used = new Set([...interpretation.matchAll(/<Param id="([^"]+)"/g)].map((m) => m[1]));
      for (const p of own) expect(used.has(p.id), `第${n}条 解读 should show ${p.id}`).toBe(true);
    },
  );

  it('longer articles get longer explanations: 第六条 and 第十五条 several times 第二条', () => {
    const len = (n: number) => articles.find((a) => a.n === n)!.interpretation.replace(/<[^>]+>|\s/g, '').length;
    expect(len(6)).toBeGreaterThan(len(2) * 3);
    expect(len(15)).toBeGreaterThan(len(2) * 3);
  });

  it('where the article says 鼓励, the 解读 says it is not an entitlement', () => {
    const encouraging = official.filter((a) => a.text.includes('鼓励')).map((a) => a.number);
    expect(encouraging).toEqual([13, 14, 17]);
    for (const n of encouraging) {
      expect(articles.find((a) => a.n === n)!.interpretation, `第${n}条`).toMatch(/不是强制/);
    }
  });

  it('where the article gives money, the 解读 says what it does not say and points to 12333 and 市人社局', () => {
    const withMoney = [...new Set(parameterList.filter((p) => p.unit === 'yuan').map((p) => p.article))];
    expect(withMoney).toEqual([6, 8, 13, 15]);
    for (const n of withMoney) {
      const text = articles.find((a) => a.n === n)!.interpretation;
      expect(text, `第${n}条`).toMatch(/没有写/);
      expect(text, `第${n}条`).toContain('12333');
      expect(text, `第${n}条`).toContain('许昌市人力资源和社会保障局');
    }
  });
});

describe('<Param> and {placeholder}: every named parameter exists', () => {
  const sources = [
    ...articles.map((a) => [a.file, a.interpretation] as const),
    ...guides.map((g) => [g.file, g.body] as const),
  ];
  it.each(sources)('%s names only parameters of src/rules/parameters.ts', (_file, text) => {
    for (const m of text.matchAll(/<Param id="([^"]+)"/g)) expect(Object.hasOwn(parameters, m[1]!), m[1]).toBe(true);
  });
  it('FAQ answers name only known parameters', () => {
    for (const item of faq) expect(() => answerParts(item.answer), item.id).not.toThrow();
  });
});

describe('guides: content/guides/<audience>.mdx', () => {
  it('has one guide per audience, file name = audience', () => {
    expect(guides.map((g) => g.slug).sort()).toEqual([...AudienceSchema.options].sort());
    for (const g of guides) expect(g.fm.audience).toBe(g.slug);
  });
  it.each(guides)('$file links to articles, types no amount and links calculators by their real names', ({ body }) => {
    expect(linkedArticles(body).length).toBeGreaterThan(2);
    expect(typedAmounts(body)).toEqual([]);
    const calculators = [
      'training-subsidy',
      'education-fund',
      'master-studio',
      'technician-date',
      'competition-award',
      'graduate-support',
      'title-direct',
    ];
    for (const m of body.matchAll(/\(\/calculators\/([^/)]+)\/\)/g)) expect(calculators).toContain(m[1]);
  });
  it('the media guide shows the citation form and both link forms', () => {
    const media = guides.find((g) => g.slug === 'media')!.body;
    expect(media).toContain('{citation(6)}');
    expect(media).toContain('/measure/N/');
    expect(media).toContain('/measure/#art-N');
  });
});

describe('glossary: content/glossary/terms.yaml', () => {
  it('has at least 20 terms with unique ASCII anchors', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(20);
    expect(glossaryIds.size).toBe(glossary.length);
  });
  it('covers the terms the issue names', () => {
    const named = new Set(glossary.flatMap((t) => [t.term, ...t.aliases]));
    for (const term of [
      '初级工',
      '中级工',
      '高级工',
      '技师',
      '高级技师',
      '世赛',
      '国赛',
      '省赛',
      '中华技能大奖',
      '中原技能大奖',
      '中原技能大师',
      '中原大工匠',
      '许昌工匠',
      '金蓝领',
      '技能大师工作室',
      '职工教育经费',
      '工资薪金总额',
      '职称',
      '正高级职称',
      '副高级职称',
      '事业单位招聘绿色通道',
      '产教融合',
      '评价机构备案',
    ]) {
      expect(named.has(term), term).toBe(true);
    }
  });
  it('definitions type no amount and cite the articles that exist', () => {
    for (const t of glossary) {
      expect(typedAmounts(t.definition), t.id).toEqual([]);
      for (const n of t.articles) expect(official.some((a) => a.number === n)).toBe(true);
    }
  });
  it('definitions beyond the measure name their source: the five levels and 财税〔2018〕51号', () => {
    expect(glossary.find((t) => t.id === 'skill-levels')?.source).toMatch(/国家职业技能标准/);
    expect(glossary.find((t) => t.id === 'education-fund')?.source).toContain('财税〔2018〕51号');
  });
  // content/ only: the built-site test (test/site/words-built.test.ts) checks every /glossary/#… link of every page
  it('every glossary anchor linked from content/ exists', () => {
    const linked: string[] = [];
    for (const file of filesUnder(['content'], /\.(mdx|md|yaml)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\/glossary\/#([a-z0-9-]+)/g)) linked.push(m[1]!);
      for (const m of text.matchAll(/<Term id="([^"]+)"/g)) linked.push(m[1]!);
    }
    expect(linked.length).toBeGreaterThan(40);
    expect(linked.filter((id) => !glossaryIds.has(id))).toEqual([]);
  });

  // Words that name exactly one term (words like 技师 or 高技能人才 are inside others, so they are not checked here).
  const FIRST_USE: [string, string][] = [
    ['金蓝领', 'gold-collar'],
    ['技能大师工作室', 'master-studio'],
    ['职工教育经费', 'education-fund'],
    ['工资薪金总额', 'total-wages'],
    ['产教融合', 'industry-education-integration'],
    ['世赛', 'worldskills'],
    ['国赛', 'national-competition'],
    ['省赛', 'provincial-competition'],
    ['全市技能大赛', 'city-competition'],
    ['中华技能大奖', 'china-skills-award'],
    ['中原技能大奖', 'zhongyuan-skills-award'],
    ['中原技能大师', 'zhongyuan-master'],
    ['中原大工匠', 'zhongyuan-craftsman'],
    ['许昌工匠', 'xuchang-craftsman'],
    ['创业担保贷款', 'startup-loan'],
    ['绿色通道', 'green-channel'],
  ];
  it.each(articles)('$file links the first use of a glossary term to it', ({ interpretation }) => {
    const terms = [...interpretation.matchAll(/<Term id="([^"]+)">([\s\S]*?)<\/Term>/g)].map((m) => ({
      id: m[1],
      start: m.index,
      end: m.index + m[0].length,
    }));
    for (const [word, id] of FIRST_USE) {
      const at = interpretation.indexOf(word);
      if (at < 0) continue;
      expect(
        terms.some((t) => t.id === id && t.start < at && at < t.end),
        `first “${word}” should be <Term id="${id}">`,
      ).toBe(true);
    }
  });
});

describe('FAQ: content/faq/faq.yaml', () => {
  it('has at least 12 questions with unique ids, at least 3 for each audience', () => {
    expect(faq.length).toBeGreaterThanOrEqual(12);
    expect(new Set(faq.map((f) => f.id)).size).toBe(faq.length);
    for (const a of AudienceSchema.options)
      expect(faq.filter((f) => f.audiences.includes(a)).length, a).toBeGreaterThanOrEqual(3);
  });
  it.each(faq)('$id rests on at least one existing article and types no amount', (item) => {
    expect(item.articles.length).toBeGreaterThan(0);
    for (const n of item.articles) expect(official.some((a) => a.number === n)).toBe(true);
    expect(typedAmounts(item.answer)).toEqual([]);
    expect(typedAmounts(item.question)).toEqual([]);
  });
});

/** Every file under these folders whose name matches. */
function filesUnder(dirs: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (pattern.test(name)) out.push(p);
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

describe('no phone number but 12333, no street address, in content/', () => {
  it('the detectors find what they should (so this check can fail)', () => {
    expect('请拨打 0374-1234567 或 13812345678 或 12345'.match(PHONE)).toEqual([
      '0374-1234567',
      '13812345678',
      '12345',
    ]);
    expect('拨打 12333'.match(PHONE)).toEqual(['12333']);
    expect('地址：许昌市某某路88号'.match(ADDRESS)?.length).toBe(2);
    expect('许人社办〔2022〕28号，2022年9月19日'.match(PHONE)).toBeNull();
    expect('电话：5123456'.match(PHONE)).toEqual(['5123456']);
    expect('工资薪金总额 1200000，奖补 12000 元'.match(PHONE)).toBeNull();
  });
  it('content/ mentions no other phone number and no address', () => {
    const problems: string[] = [];
    for (const file of filesUnder(['content'], /\.(mdx|md|yaml|txt|json)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.match(PHONE) ?? []) if (m !== '12333') problems.push(`${file}: ${m}`);
      for (const m of text.match(ADDRESS) ?? []) problems.push(`${file}: ${m}`);
    }
    expect(problems).toEqual([]);
  });
});
