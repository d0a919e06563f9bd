/**
 * Verdicts once wrongly given, each a named scenario: the model gives them from the declarations (a reading or a
 * deferred benefit never refuses), not from a special case.
 */
import { describe, expect, it } from 'vitest';
import {
  PROFILE_FIELDS,
  evaluate,
  profileFieldTable,
  summariseResult,
  type BenefitResult,
  type Evaluation,
} from '../../src/rules';

const find = (e: Evaluation, id: string): BenefitResult | undefined =>
  [...e.eligible, ...e.needsConfirmation, ...e.notEligible].find((i) => i.id === id);
const org = (organisationType: string, more: Record<string, string> = {}) =>
  evaluate({ kind: 'organisation', organisationType, ...more });

describe('改正过的结论', () => {
  it('第十四条：初级工的评选表彰是“还需确认”（“高技能人才”办法没有界定，是本站的理解）', () => {
    const item = find(evaluate({ kind: 'person', skillLevel: 'junior' }), 'skills-honours');
    expect(item?.status).toBe('needs-confirmation');
    expect(item?.conditions[0]).toMatchObject({ mark: 'failed', words: '加大优秀高技能人才评选表彰力度' });
    expect(item?.conditions[0]?.reading).toContain('办法没有界定“高技能人才”');
  });

  it.each(['training-institution', 'industry-association', 'technical-school', 'higher-vocational-college'])(
    '第五条：%s 的职工教育经费税前扣除是“还需确认”，并写明企业所得税的说明',
    (type) => {
      const item = find(org(type), 'education-fund-deduction');
      expect(item?.status).toBe('needs-confirmation');
      expect(item?.reason).toContain('财税〔2018〕51号适用于所有缴纳企业所得税的纳税人');
      expect(item?.reason).toContain('其他取得收入的组织');
      expect(item?.reason).toContain('主管税务机关');
    },
  );

  it('第五条：企业可以享受职工教育经费税前扣除', () => {
    expect(find(org('enterprise'), 'education-fund-deduction')?.status).toBe('eligible');
  });

  it.each(['enterprise', 'technical-school', 'training-institution', 'industry-association', 'public-training-base'])(
    '第七条：%s 的培训基地项目是“还需确认”（办法写的是“主要从全市高职院校中推荐”）',
    (type) => {
      const item = find(org(type), 'training-base-project');
      expect(item?.status).toBe('needs-confirmation');
      expect(item?.reason).toContain('没有排除其他单位');
    },
  );

  it.each(['technical-school', 'higher-vocational-college', 'public-training-base'])(
    '第十二条：%s 备案评价机构是“还需确认”，不是暂不符合',
    (type) => {
      expect(find(org(type), 'evaluation-organisation-filing')?.status).toBe('needs-confirmation');
    },
  );

  it('第十二条：企业备案评价机构也是“还需确认”（“引导和支持”是鼓励）', () => {
    const item = find(org('enterprise'), 'evaluation-organisation-filing');
    expect(item?.status).toBe('needs-confirmation');
    expect(item?.conditionsMet).toBe(1);
    expect(item?.reason).toContain('引导和支持');
  });

  it('第六条：培训机构看到三类技师项目培训补贴的每人金额，都是“还需确认”（办法没有写补贴发给谁）', () => {
    const e = org('training-institution');
    const items = [
      'technician-training-subsidy',
      'senior-technician-training-subsidy',
      'senior-technician-upgrade-subsidy',
    ].map((id) => find(e, id));
    expect(items.map((i) => i?.status)).toEqual(['needs-confirmation', 'needs-confirmation', 'needs-confirmation']);
    expect(items.map((i) => i?.amountText)).toEqual(['每人 4,000 元', '每人 5,000 元', '每人 2,000 元']);
    expect(items[0]?.reason).toContain('没有写明这笔资金发给谁、怎样申请');
  });

  it('第九条：一线的高级工是“还需确认”（推荐由选拔决定），不会被问到没有问过的问题', () => {
    const item = find(evaluate({ kind: 'person', skillLevel: 'advanced', frontline: 'yes' }), 'gold-collar-training');
    expect(item?.status).toBe('needs-confirmation');
    expect(item?.conditionsMet).toBe(2);
    expect(item?.reason).not.toContain('还没有回答');
  });

  it('第十一条：不是预备技师班、技师班学生的高级工，技师申报这一项暂不符合，并引用原文', () => {
    const item = find(
      evaluate({
        kind: 'person',
        skillLevel: 'advanced',
        education: 'other',
        advancedCertificateDate: '2020-01-01',
        asOf: '2026-11-28',
      }),
      'technician-evaluation',
    );
    expect(item?.status).toBe('not-eligible');
    expect(item?.reason).toContain('原文：“技工院校预备技师班、技师班学生”');
  });

  it('理解不能导致“暂不符合”：任何回答下，暂不符合都指向一项写明原文的条件', () => {
    for (const skillLevel of ['none', 'junior', 'intermediate', 'advanced', 'technician', 'senior-technician']) {
      for (const frontline of ['yes', 'no']) {
        const e = evaluate({ kind: 'person', skillLevel, frontline });
        for (const item of e.notEligible)
          expect(
            item.conditions.some((c) => c.mark === 'failed' && c.reading === null),
            item.id,
          ).toBe(true);
      }
    }
  });
});

describe('结论以条文为限', () => {
  it.each([
    ['training-institution', {}],
    ['industry-association', {}],
    ['enterprise', { leadingEnterprise: 'no' }],
  ])(
    '第八条：%s 新认定1个市级技能大师工作室，奖补资金是“还需确认”，不是暂不符合（“面向……”用于奖补是本站的理解）',
    (type, more) => {
      const item = find(org(type, { ...more, newStudios: '1' }), 'master-studio-grant');
      expect(item?.status).toBe('needs-confirmation');
      expect(item?.amountYuan).toBe(100_000);
      const host = item?.conditions.find((c) => c.text === '龙头企业、职技院校或公共实训基地');
      expect(host).toMatchObject({ mark: 'failed', words: '面向龙头企业、职技院校和公共实训基地' });
      expect(host?.reading).toContain('奖补资金那句写的是“对新认定的市级技能大师工作室”，没有限定单位类型');
      expect(item?.reason).toContain('不能据此认定不符合');
    },
  );

  it.each([
    ['enterprise', { leadingEnterprise: 'yes' }],
    ['technical-school', {}],
    ['public-training-base', {}],
  ])(
    '第八条：%s 新认定2个市级技能大师工作室，奖补20万元也是“还需确认”：办法没有写发给谁、怎样申请，和第六条同样处理',
    (type, more) => {
      const item = find(org(type, { ...more, newStudios: '2' }), 'master-studio-grant');
      expect(item?.status).toBe('needs-confirmation');
      expect(item?.amountYuan).toBe(200_000);
      expect(item?.conditionsMet).toBe(2);
      const training = find(
        evaluate({ kind: 'person', trainingProject: 'new-technician' }),
        'technician-training-subsidy',
      );
      // one deferral for every benefit whose recipient the measure does not name (第六条 and 第八条 alike)
      expect(item?.reason.endsWith('办法没有写明这笔资金发给谁、怎样申请，需要向主管部门确认。')).toBe(true);
      expect(training?.reason.endsWith('办法没有写明这笔资金发给谁、怎样申请，需要向主管部门确认。')).toBe(true);
    },
  );

  it('第十条：企业的技能人才自主评价是“还需确认”（“给予企业最大限度自主权”是方向，条件和备案办法没有写）', () => {
    const item = find(org('enterprise'), 'enterprise-self-evaluation');
    expect(item?.status).toBe('needs-confirmation');
    expect(item?.conditionsMet).toBe(1);
    expect(item?.reason).toContain('不是可以直接享受的待遇');
    expect(item?.reason).toContain('条件和备案，办法没有写');
  });

  it('第十条：不是企业的单位，自主评价暂不符合（“给予企业”是原话）', () => {
    expect(find(org('technical-school'), 'enterprise-self-evaluation')?.status).toBe('not-eligible');
  });

  it.each(['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'])(
    '第十五条：没有创业的技工院校毕业生，%s 是“还需确认”（“创业”这一条件是本站的理解）',
    (id) => {
      const item = find(
        evaluate({ kind: 'person', education: 'technical-school-advanced-class-graduate', startingBusiness: 'no' }),
        id,
      );
      expect(item?.status).toBe('needs-confirmation');
      const c = item?.conditions.find((x) => x.text === '创业');
      expect(c?.mark).toBe('failed');
      expect(c?.reading).toContain('没有把“创业”写成条件');
    },
  );

  it('第十五条：不是技工院校高级工班、预备技师（技师）班毕业生，创业扶持暂不符合（原话）', () => {
    const item = find(evaluate({ kind: 'person', education: 'other', startingBusiness: 'yes' }), 'startup-subsidy');
    expect(item?.status).toBe('not-eligible');
    expect(item?.reason).toContain('原文：“技工院校高级工班、预备技师（技师）班毕业生”');
  });
});

describe('理解标为理解', () => {
  it('第十一条：高等职业学校毕业生可参加高级工评价，“应用型专业”只限定本科院校是本站的理解，并标明', () => {
    const item = find(evaluate({ kind: 'person', education: 'higher-vocational-graduate' }), 'advanced-evaluation');
    expect(item?.status).toBe('eligible');
    const reading = item?.conditions.find((c) => c.reading !== null);
    expect(reading?.text).toBe('应用型专业（本站理解：只限定本科院校）');
    expect(reading?.reading).toContain('也可以理解为两类学校都限于应用型专业');
  });

  it('第十七条：一线技师是“还需确认”，理由写全“在生产一线做出贡献的”和“本单位”，并说明“做出贡献”没有问', () => {
    const item = find(
      evaluate({ kind: 'person', skillLevel: 'technician', frontline: 'yes' }),
      'equal-treatment-with-engineers',
    );
    expect(item?.status).toBe('needs-confirmation');
    expect(item?.title).toContain('在生产一线做出贡献的技师、高级技师与本单位工程师');
    expect(item?.reason).toContain('对在生产一线做出贡献的技师、高级技师，与本单位工程师、高级工程师享受同等待遇');
    expect(item?.conditions.map((c) => c.text)).toContain('在生产一线工作（是否“做出贡献”，没有问）');
  });
});

describe('条号的写法', () => {
  it('暂不符合的理由用办法的条号写法（第八条，不是第8条）', async () => {
    const { articleLabel } = await import('../../src/rules');
    expect([1, 8, 10, 11, 16, 20].map(articleLabel)).toEqual([
      '第一条',
      '第八条',
      '第十条',
      '第十一条',
      '第十六条',
      '第二十条',
    ]);
    const item = find(org('enterprise', { newStudios: '0' }), 'master-studio-grant');
    expect(item?.reason).toBe('不符合“有新认定的市级技能大师工作室”。第八条原文：“对新认定的市级技能大师工作室”。');
  });
});

/**
 * 第十一条: “中等职业学校毕业生可直接参加中级工评价，高等职业学校、本科院校应用型专业毕业生可参加高级工评价”. Their point is
 * reaching 中级工 / 高级工: for a person who already holds that level or a higher one they are a step already passed,
 * listed apart (您已取得该等级或更高等级), never under 可以享受 — read from the declarations' `reaches`.
 */
describe('steps already passed (第十一条)', () => {
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  const asOf = '2026-12-01';
  it('a 高级工 who went to 中职: 中级工评价 is apart, not under 可以享受', () => {
    const e = evaluate({ kind: 'person', education: 'secondary-vocational-graduate', skillLevel: 'advanced', asOf });
    expect(ids(e.alreadyHeld)).toEqual(['intermediate-evaluation']);
    expect(ids(e.eligible)).not.toContain('intermediate-evaluation');
    expect(summariseResult(e).counts.eligible).toBe(e.eligible.length);
  });
  it('a 中级工 who went to 中职: the level itself is held, so apart too', () => {
    const e = evaluate({
      kind: 'person',
      education: 'secondary-vocational-graduate',
      skillLevel: 'intermediate',
      asOf,
    });
    expect(ids(e.alreadyHeld)).toEqual(['intermediate-evaluation']);
  });
  it('a 初级工 who went to 中职 gains it: under 可以享受', () => {
    const e = evaluate({ kind: 'person', education: 'secondary-vocational-graduate', skillLevel: 'junior', asOf });
    expect(ids(e.eligible)).toContain('intermediate-evaluation');
    expect(e.alreadyHeld).toEqual([]);
  });
  it('a 技师 from 高职: 高级工评价 is apart; a 中级工 from 高职 still has it to gain', () => {
    const held = evaluate({ kind: 'person', education: 'higher-vocational-graduate', skillLevel: 'technician', asOf });
    expect(ids(held.alreadyHeld)).toEqual(['advanced-evaluation']);
    const gain = evaluate({
      kind: 'person',
      education: 'higher-vocational-graduate',
      skillLevel: 'intermediate',
      asOf,
    });
    expect(ids(gain.alreadyHeld)).toEqual([]);
    expect(ids([...gain.eligible, ...gain.needsConfirmation])).toContain('advanced-evaluation');
  });
  it('a level not answered: not apart (the checker cannot know it is passed)', () => {
    const e = evaluate({ kind: 'person', education: 'secondary-vocational-graduate', asOf });
    expect(e.alreadyHeld).toEqual([]);
  });
});

/** 不确定: a real answer for the questions a worker may not be able to answer; it leaves the benefit 还需确认. */
describe('不确定 (技师项目培养, 突出贡献和特殊技能, 新引进的高技能人才)', () => {
  const asOf = '2026-12-01';
  const cases = [
    ['trainingProject', 'technician-training-subsidy'],
    ['outstandingContribution', 'relaxed-technician-requirements'],
    ['newlyIntroduced', 'introduced-talent-support'],
  ] as const;
  for (const [field, id] of cases) {
    it(`${field}=unsure: ${id} is 还需确认, naming the answer 不确定; the same statuses as no answer`, () => {
      const e = evaluate({ kind: 'person', skillLevel: 'advanced', [field]: 'unsure', asOf });
      expect(e.ok).toBe(true);
      const item = e.needsConfirmation.find((b) => b.id === id);
      expect(item?.reason).toContain('选了“不确定”');
      const none = evaluate({ kind: 'person', skillLevel: 'advanced', asOf });
      const statuses = (x: Evaluation) =>
        Object.fromEntries([...x.eligible, ...x.needsConfirmation, ...x.notEligible].map((b) => [b.id, b.status]));
      expect(statuses(e)).toEqual(statuses(none));
    });
  }
  it('the field table offers 不确定 as a choice on exactly those three questions', () => {
    const withUnsure = PROFILE_FIELDS.filter((f) => {
      const input = profileFieldTable[f].input;
      return input.kind === 'one' && input.options.some((o) => o.value === 'unsure' && o.label === '不确定');
    });
    expect(withUnsure).toEqual(['trainingProject', 'outstandingContribution', 'newlyIntroduced']);
  });
});
