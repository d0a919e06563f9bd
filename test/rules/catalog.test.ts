import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficialDocument, allArticles } from '../../src/lib/official-document';
import {
  BENEFIT_IDS,
  amountParameterIds,
  amountText,
  benefitCatalog,
  benefitDeclarations,
  parameterList,
  parameters,
} from '../../src/rules';

const official = parseOfficialDocument(
  readFileSync(new URL('../../content/official/xuchang-rensheban-2022-28.txt', import.meta.url), 'utf8'),
);
const articleBody = new Map(allArticles(official).map((a) => [a.number, a.body]));

/** The 25 ids, copied by hand from the measure's benefits (not read from src/rules/). */
const SPEC_IDS = [
  'technician-training-subsidy',
  'senior-technician-training-subsidy',
  'senior-technician-upgrade-subsidy',
  'city-competition-award',
  'full-senior-title-direct',
  'associate-senior-title-direct',
  'public-institution-green-channel',
  'introduced-talent-support',
  'intermediate-evaluation',
  'advanced-evaluation',
  'technician-evaluation',
  'relaxed-technician-requirements',
  'academic-equivalence',
  'startup-subsidy',
  'startup-guaranteed-loan',
  'startup-project-support',
  'cross-track-titles',
  'skills-honours',
  'gold-collar-training',
  'equal-treatment-with-engineers',
  'master-studio-grant',
  'education-fund-deduction',
  'enterprise-self-evaluation',
  'evaluation-organisation-filing',
  'training-base-project',
];

describe('参数与官方文本', () => {
  it.each(parameterList.map((p) => [p.id, p.article, p.quote] as const))(
    '参数 %s：引文出现在第%d条的官方文本中',
    (_id, article, quote) => {
      expect(articleBody.get(article)).toContain(quote);
    },
  );
  it('每个金额参数的数值出现在它的引文中（以元或万元写出）', () => {
    for (const p of parameterList.filter((x) => x.unit === 'yuan')) {
      const inWan = p.value % 10_000 === 0 ? String(p.value / 10_000) : null;
      expect(p.quote.includes(String(p.value)) || (inWan !== null && p.quote.includes(inWan)), p.id).toBe(true);
    }
  });
});

describe('政策清单', () => {
  it('清单恰好是这25项（按条文顺序），id 不重复', () => {
    expect(benefitCatalog.map((b) => b.id).sort()).toEqual([...SPEC_IDS].sort());
    expect(new Set(BENEFIT_IDS).size).toBe(BENEFIT_IDS.length);
    const articles = benefitCatalog.map((b) => b.articles[0] ?? 0);
    expect(articles).toEqual([...articles].sort((a, b) => a - b));
  });
  it.each(benefitCatalog.map((b) => [b.id, b.articles[0] ?? 0, b.quote] as const))(
    '%s：引文出现在第%d条的官方文本中',
    (_id, article, quote) => {
      expect(articleBody.get(article)).toContain(quote);
    },
  );
  it('金额只引用存在的参数，并写明“办法没有说”的内容', () => {
    for (const b of benefitCatalog) {
      for (const id of amountParameterIds(b.amount))
        expect(Object.hasOwn(parameters, id), `${b.id} → ${id}`).toBe(true);
      expect(b.notSaid.length).toBeGreaterThan(0);
    }
  });
  it('第六条：三项补贴金额分别为每人4,000元、5,000元、2,000元', () => {
    const texts = benefitCatalog.filter((b) => b.articles.includes(6)).map((b) => amountText(b.amount));
    expect(texts).toEqual(['每人 4,000 元', '每人 5,000 元', '每人 2,000 元']);
  });
  it('第十五条：担保贷款最高20万元，优秀项目扶持2万—15万元；第八条：每个工作室10万元', () => {
    const text = (id: string) => amountText(benefitCatalog.find((b) => b.id === id)?.amount ?? null);
    expect(text('startup-guaranteed-loan')).toBe('最高 20 万元');
    expect(text('startup-project-support')).toBe('2 万元—15 万元');
    expect(text('master-studio-grant')).toBe('每个工作室 10 万元');
    expect(text('city-competition-award')).toBe('5,000 元 / 3,000 元 / 2,000 元 / 1,000 元');
  });
  it('鼓励类只写作鼓励：第十七条和第十二条', () => {
    expect(benefitCatalog.filter((b) => b.kind === 'encouragement').map((b) => b.id)).toEqual([
      'evaluation-organisation-filing',
      'equal-treatment-with-engineers',
    ]);
  });
});

describe('每项条件所依据的原文', () => {
  const conditions = benefitDeclarations.flatMap((b) =>
    b.conditions.map((c) => [b.id, b.articles[0] ?? 0, c] as const),
  );
  it.each(
    conditions
      .filter(([, , c]) => c.words !== undefined)
      .map(([id, article, c]) => [id, c.text, article, c.words ?? ''] as const),
  )('%s：条件“%s”的原文出现在第%d条中', (_id, _text, article, words) => {
    expect(articleBody.get(article)).toContain(words);
  });
  it('每项条件要么引用原文，要么标明是本站的理解并写明理由', () => {
    for (const [id, , c] of conditions)
      expect(c.words !== undefined || (c.reading ?? '').length > 10, `${id}: ${c.text}`).toBe(true);
  });
  it('每项条件读取的都是问卷中的问题', async () => {
    const { PROFILE_FIELDS } = await import('../../src/rules/profile');
    for (const [id, , c] of conditions) for (const f of c.reads) expect(PROFILE_FIELDS, `${id}: ${f}`).toContain(f);
  });
});

describe('/api/rules.json', () => {
  it('列出全部参数（含引文、条号、格式化数值）和25项政策', async () => {
    const { buildRulesJson } = await import('../../src/rules/rules-json');
    const json = JSON.parse(JSON.stringify(buildRulesJson())) as ReturnType<typeof buildRulesJson>;
    expect(json.parameters.map((p) => p.id)).toEqual(parameterList.map((p) => p.id));
    expect(json.parameters.find((p) => p.id === 'masterStudioGrant')).toMatchObject({
      value: 100_000,
      article: 8,
      formatted: '10 万元',
    });
    expect(json.benefits).toHaveLength(25);
    expect(json.benefits.find((b) => b.id === 'startup-guaranteed-loan')).toMatchObject({
      amountText: '最高 20 万元',
      parameterIds: ['startupLoanCeiling'],
      kind: 'loan-ceiling',
    });
    // each benefit carries its conditions with the article's words, or the site's reading with its reason
    expect(json.benefits.find((b) => b.id === 'technician-evaluation')?.conditions.map((c) => c.words)).toEqual([
      '技工院校预备技师班、技师班学生',
      '取得高级工（三级）职业资格证书或职业技能等级证书',
      '取得高级工（三级）职业资格证书或职业技能等级证书2年后',
    ]);
    expect(json.benefits.find((b) => b.id === 'skills-honours')?.conditions[0]?.reading).toContain(
      '办法没有界定“高技能人才”',
    );
  });
});
