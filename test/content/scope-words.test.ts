/**
 * Scope words and readings: a summary keeps the restrictions and scope words of its article; no sentence
 * anywhere gives 国赛 holders without 金牌 the 职称直通 or the 绿色通道, or gives every 技工院校 student the 技师 route;
 * the 技师 subsidy is never presented as a reward for passing an exam; a reading is marked with <Reading> (MDX) or
 * 本站理解： (YAML), never written as a fact. The expected words are typed here from the official text, by hand.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllMdxArticles } from './mdx-files';
import { MeasureArticleFrontmatterSchema } from '../../src/lib/article-schema';
import { plainText, readingsInMdx, splitReading } from '../../src/lib/reading';

const root = process.cwd();
const summaries = new Map(
  readAllMdxArticles().map((f) => [Number(f.id), MeasureArticleFrontmatterSchema.parse(f.frontmatter).summary]),
);

/**
 * Words the summary must keep, by article: its restrictions on who is covered and its scope words.
 * 11: only 预备技师班、技师班 students; 16: 经评审认定, 可, and only 国赛金牌 and 世赛获奖者; 07: 主要 …
 */
const MUST_KEEP: [number, string[], string][] = [
  [6, ['急需紧缺人才培养计划', '技师项目培训补贴'], 'the subsidy belongs to the 培养计划, not to passing an exam'],
  [7, ['主要', '高职院校'], 'recommended mainly from 高职院校'],
  [9, ['企业一线优秀高技能人才', '推荐'], 'only 企业一线 talent, by recommendation'],
  [10, ['突出贡献和特殊技能', '可放宽'], 'both 突出贡献 and 特殊技能; 可, not 必须'],
  [11, ['预备技师班', '技师班学生', '2年后', '可申报技师'], 'only 预备技师班、技师班 students may apply for 技师'],
  [12, ['引导和支持'], 'guidance and support, not an obligation'],
  [15, ['高级工班', '预备技师（技师）班', '按有关规定', '不受岗位结构比例限制'], 'only two classes of graduates'],
  [16, ['经评审认定', '可享受', '国赛金牌', '世赛获奖者', '可直接申报'], 'only 国赛金牌; after 评审认定; 可'],
  [17, ['引导', '鼓励', '生产一线做出贡献'], 'encouragement for 一线 technicians who contributed'],
  [19, ['可'], 'counties may, not must'],
];

/** Phrases a summary must not use: they widen who is covered or drop a scope word. */
const MUST_NOT: [number, string][] = [
  [11, '技工院校学生'],
  [16, '竞赛获奖者'],
  [16, '国赛获奖者'],
  [8, '市级“许昌工匠”'],
];

describe('article summaries (meta description, share card, /api/measure.json) keep their article’s scope', () => {
  it.each(MUST_KEEP)('第%i条’s summary keeps %j (%s)', (n, words) => {
    const summary = summaries.get(n) ?? '';
    for (const w of words) expect(summary, `第${n}条 summary: ${summary}`).toContain(w);
  });
  it.each(MUST_NOT)('第%i条’s summary does not say “%s”', (n, phrase) => {
    expect(summaries.get(n) ?? '').not.toContain(phrase);
  });
});

/** Every text file of the site's words and code, minus the official text (which may be quoted) and tests. */
function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(mdx|md|yaml|ts|tsx|astro)$/.test(name)) out.push(p);
    }
  };
  walk(join(root, 'content'));
  walk(join(root, 'src'));
  return out.filter((f) => !f.includes(`${join('content', 'official')}`) && !f.endsWith('README.md'));
}

/** A file's words as sentences: official text blocks removed, markup stripped, split at 。；？！ and line ends. */
function sentences(source: string): string[] {
  const words = source.replace(/<OfficialText[\s\S]*?<\/OfficialText>/g, '');
  return plainText(words.replace(/\n/g, '。'))
    .split(/[。；？！!?]/)
    .filter((s) => s.trim() !== '');
}

/** Sentences that warn readers against a wrong phrasing are allowed to name it. */
const WARNING = /不宜|不要写成|不在本条的名单/;

/** 国赛 not followed by 金牌 in a sentence that grants 直接申报 / 绿色通道 / 职称 . */
function widensNationalCompetition(sentence: string): boolean {
  if (WARNING.test(sentence) || !/直接申报|直接评|绿色通道|高级职称/.test(sentence)) return false;
  return /国赛(?!金牌|只写了金牌|只限金牌)/.test(sentence);
}

/** A clause (between commas) that lets 技工院校 students apply for 技师 without naming the two classes (item 2). */
function widensTechnicianRoute(sentence: string): boolean {
  if (WARNING.test(sentence)) return false;
  return sentence
    .split('，')
    .some((c) => /技工院校/.test(c) && /申报(?:参加相关职业)?技师/.test(c) && !/技师班/.test(c));
}

/** A sentence that ties the 技师项目培训补贴 to passing an exam as a plain promise (item 3). */
function subsidyForPassing(sentence: string): boolean {
  if (WARNING.test(sentence) || /不是|没有|不一定|不是自动|吗/.test(sentence)) return false;
  return /(考技师|考下|考取)[^，]*补贴|补贴[^，]*(考技师|考下)/.test(sentence);
}

describe('the detectors (so the checks below can fail)', () => {
  it.each([
    ['世赛、国赛获奖者可以直接申报高级职称、进入事业单位招聘“绿色通道”', true],
    ['国赛获奖者纳入事业单位招聘绿色通道', true],
    ['国赛金牌获得者、世赛获奖者，可直接申报相应系列副高级职称', false],
    ['第十六条的职称直通和“绿色通道”，国赛只写了金牌获得者', false],
    ['全市技能大赛与世赛、国赛衔接', false],
    ['不宜把国赛银牌、铜牌获得者写进这两项', false],
  ])('国赛 without 金牌: “%s” → %s', (s, flagged) => expect(widensNationalCompetition(s)).toBe(flagged));
  it.each([
    ['技工院校学生取得高级工证书2年后可申报技师', true],
    ['技工院校预备技师班、技师班学生取得高级工证书2年后可申报技师', false],
    ['技工院校毕业生参照大专学历享受相关待遇', false],
    ['怎样申报技师、职称，技工院校毕业算什么学历', false],
  ])('技师 route for all students: “%s” → %s', (s, flagged) => expect(widensTechnicianRoute(s)).toBe(flagged));
  it.each([
    ['考技师能拿多少补贴', true],
    ['考技师、高级技师：有培训补贴', true],
    ['不是考下证书就自动能领补贴', false],
  ])('subsidy for passing: “%s” → %s', (s, flagged) => expect(subsidyForPassing(s)).toBe(flagged));
  it('splits sentences of MDX, dropping the official text and markup', () => {
    const mdx =
      '<OfficialText article={16}>\n国赛获奖者\n</OfficialText>\n<Term id="national-competition">国赛</Term>金牌获得者可直接申报。下一句';
    expect(sentences(mdx)).toEqual(['国赛金牌获得者可直接申报', '下一句']);
  });
});

describe('no sentence in content/ or src/ widens who is covered', () => {
  const files = sourceFiles();
  it('reads the words of every article, guide, glossary term, FAQ answer, page, component and rule', () => {
    expect(files.length).toBeGreaterThan(60);
  });
  // search keywords (frontmatter tags) are what readers type, not what the site tells them; code comments neither
  const saysIt = (s: string) => !/^\s*(tags:|\*|\/\/)/.test(s);
  const hits = (test: (s: string) => boolean) =>
    files.flatMap((f) =>
      sentences(readFileSync(f, 'utf8'))
        .filter((s) => saysIt(s) && test(s))
        .map((s) => `${relative(root, f)}: ${s}`),
    );
  it('国赛: only 金牌获得者 may 直接申报 or enter the 绿色通道 (第十六条)', () => {
    expect(hits(widensNationalCompetition)).toEqual([]);
  });
  it('技师 after 2 years: only 技工院校预备技师班、技师班学生 (第十一条)', () => {
    expect(hits(widensTechnicianRoute)).toEqual([]);
  });
  it('the 技师项目培训补贴 is never promised for passing an exam (第六条)', () => {
    expect(hits(subsidyForPassing)).toEqual([]);
  });
});

describe('readings are marked as readings', () => {
  const mdxFiles = [
    ...readAllMdxArticles().map((f) => ({ file: f.file, source: f.source })),
    ...readdirSync(join(root, 'content/guides')).map((f) => ({
      file: `content/guides/${f}`,
      source: readFileSync(join(root, 'content/guides', f), 'utf8'),
    })),
  ];
  it.each(mdxFiles)(
    '$file: each <Reading> is a block on its own line, without its own label, and imported',
    ({ source }) => {
      for (const line of source.split('\n').filter((l) => l.includes('<Reading>'))) {
        expect(line.startsWith('<Reading>') && line.trimEnd().endsWith('</Reading>'), line).toBe(true);
        expect(line).not.toContain('本站理解');
      }
      if (source.includes('<Reading>'))
        expect(source).toContain("import Reading from '../../src/components/Reading.astro';");
    },
  );

  /** Phrases that announce a reading: outside a <Reading> or 本站理解： they write a reading as a fact. */
  const READING_MARKERS =
    /一般理解为|通常理解为|从字面看|本站据此|本站采用|本站选用|最终是否立项|“相应系列”指|“直接申报”指|意思是可以不按常规/;
  const outsideReadings = (text: string) =>
    text.replace(/<Reading>[\s\S]*?<\/Reading>/g, '').replace(/本站理解：[^\n]*/g, '');
  it('no reading is written as a fact in content/ (MDX, glossary, FAQ)', () => {
    const found = sourceFiles()
      .filter((f) => f.includes(`${join(root, 'content')}`))
      .flatMap((f) =>
        sentences(outsideReadings(readFileSync(f, 'utf8')))
          .filter((s) => READING_MARKERS.test(s))
          .map((s) => `${relative(root, f)}: ${s}`),
      );
    expect(found).toEqual([]);
  });

  it('第十六条 “相应系列”: the lead’s reading, in a <Reading>', () => {
    const source = readAllMdxArticles().find((f) => f.id === '16')!.source;
    expect(readingsInMdx(source)).toContain(
      '“相应系列”指与本人所从事职业（工种）相对应的职称系列；办法没有界定，以职称评审主管部门的规定为准。',
    );
  });

  it('readings are read out of MDX as plain words, and a shared reading by name', () => {
    const mdx =
      '<Reading>“直接参加中级工评价”指不必先取得<Term id="level-5-junior">初级工</Term>证书。</Reading>\n\n<Reading>{x.y}</Reading>';
    expect(readingsInMdx(mdx, { 'x.y': '共享的理解。' })).toEqual([
      '“直接参加中级工评价”指不必先取得初级工证书。',
      '共享的理解。',
    ]);
    expect(() => readingsInMdx('<Reading>{unknown}</Reading>')).toThrow(/unknown/);
  });

  it('a YAML text splits at 本站理解：', () => {
    expect(splitReading('本条没有界定。本站理解：指……。')).toEqual({ text: '本条没有界定。', reading: '指……。' });
    expect(splitReading('没有理解。')).toEqual({ text: '没有理解。', reading: null });
  });
});

/**
 * The sentences a review found misleading or unclear, each as it was written. None may come back, in any
 * article, guide, glossary entry, FAQ answer, example, rule, widget or page (test/site/scope-words-built.test.ts
 * checks the built pages for the same).
 */
export const RETIRED_SENTENCES: [string, string][] = [
  ['不是龙头企业，第八条暂不符合', '第八条: “面向……” applied to the grant is a reading, never 暂不符合'],
  ['由人力资源社会保障部门主管', 'an outside fact without a source (glossary 技工院校)'],
  ['向人力资源社会保障部门备案', 'an outside fact without a source (glossary 评价机构备案)'],
  ['技能奥林匹克', 'an outside fact without a source (glossary 世赛)'],
  ['国家授予高技能人才的最高荣誉', 'an outside fact without a source (glossary 中华技能大奖)'],
  ['由企业的主管税务机关办理', 'the unit claims the deduction in its enterprise income tax return (第五条)'],
  ['本来就由其他部门办理', 'the unit claims the deduction in its enterprise income tax return (第五条)'],
  ['由主管税务机关按税法办理', 'the unit claims the deduction in its enterprise income tax return (第五条)'],
  ['是不同的两件事', 'a reading written as a fact (glossary 许昌工匠)'],
  ['已是高级技师', '第六条 says 高级技师岗位技能提升培训, not who attends it'],
  ['技工院校毕业算什么学历', '第十五条: 参照……享受相关待遇, not a qualification'],
  ['要按教育、人社部门的有关规定办理', 'an office and a rule the measure does not name (第四条)'],
  ['企业可以开展技能人才', '第十条 gives 自主权, a direction, not a grant'],
  ['期间按《民法典》计算', 'the Civil Code count is the site’s reading (第十一条)'],
];

/** 第十七条 narrowed to the article's words: 在生产一线做出贡献的 技师, and 本单位 engineers. */
function widensEqualTreatment(sentence: string): boolean {
  if (WARNING.test(sentence) || !/同等/.test(sentence) || !/工程师/.test(sentence) || !/技师/.test(sentence))
    return false;
  return !/做出贡献/.test(sentence) || !/本单位/.test(sentence);
}

/** 第十四条—第十六条: “可直接申报相应系列……职称”, never without 相应系列 (a question may ask it plainly). */
function dropsCorrespondingSeries(sentence: string): boolean {
  if (WARNING.test(sentence) || /吗/.test(sentence)) return false;
  return /直接申报(?!相应系列)[^，。；]{0,8}?(?:正高级|副高级|高级)职称/.test(sentence);
}

describe('the detectors (so the checks below can fail)', () => {
  it.each([
    ['鼓励企业让一线技师、高级技师与工程师、高级工程师享受同等的带薪学习', true],
    ['鼓励企业让一线做出贡献的技师、高级技师与工程师、高级工程师享受同等待遇', true],
    ['鼓励企业对在生产一线做出贡献的技师、高级技师，与本单位工程师、高级工程师享受同等待遇', false],
  ])('第十七条 widened: “%s” → %s', (s, flagged) => expect(widensEqualTreatment(s)).toBe(flagged));
  it.each([
    ['获得中原技能大奖、中原技能大师、中原大工匠后可以直接申报副高级职称', true],
    ['国赛金牌或世赛奖项（世赛不限金牌）的人员直接申报高级职称', true],
    ['“中原技能大奖”获得者，可直接申报相应系列副高级职称', false],
    ['获得世赛奖项或国赛金牌，能直接申报高级职称吗', false],
  ])('相应系列 dropped: “%s” → %s', (s, flagged) => expect(dropsCorrespondingSeries(s)).toBe(flagged));
});

describe('the reviewed sentences do not come back', () => {
  const files = sourceFiles();
  // a doc comment (/** …) names code, not the reader's words
  const saysIt = (s: string) => !/^\s*(tags:|\/?\*|\/\/)/.test(s);
  const hits = (test: (s: string) => boolean) =>
    files.flatMap((f) =>
      sentences(readFileSync(f, 'utf8'))
        .filter((s) => saysIt(s) && test(s))
        .map((s) => `${relative(root, f)}: ${s}`),
    );
  it.each(RETIRED_SENTENCES)('nowhere says “%s” (%s)', (phrase) => {
    const found = files.filter((f) => readFileSync(f, 'utf8').includes(phrase)).map((f) => relative(root, f));
    expect(found).toEqual([]);
  });
  it('第十七条: every 同等待遇 sentence keeps 在生产一线做出贡献的 and 本单位', () => {
    expect(hits(widensEqualTreatment)).toEqual([]);
  });
  it('第十四条—第十六条: every 直接申报……职称 keeps 相应系列', () => {
    expect(hits(dropsCorrespondingSeries)).toEqual([]);
  });
  it('第十五条: 直接申报 keeps its 可 (“可直接申报”, not “的人员直接申报”)', () => {
    expect(hits((s) => /的人员直接申报/.test(s))).toEqual([]);
  });
  it('a label is never doubled: “（本站理解：…）（本站理解）”', () => {
    expect(hits((s) => /本站理解：[^（）]*）（本站理解）/.test(s))).toEqual([]);
  });
});
