import { describe, expect, it } from 'vitest';
import { evaluate, profileFromSearchParams, profileToSearchParams, type Evaluation } from '../../src/rules';

const find = (e: Evaluation, id: string) =>
  [...e.eligible, ...e.needsConfirmation, ...e.notEligible].find((i) => i.id === id);

describe('evaluate: 个人', () => {
  it('第十三条：全市技能大赛第一名的选手，可以享受5000元奖励，计算过程引用第十三条', () => {
    const e = evaluate({ kind: 'person', competitionPlacing: 'first' });
    const award = e.eligible.find((i) => i.id === 'city-competition-award');
    expect(award?.amountYuan).toBe(5000);
    expect(award?.arithmetic[0]?.parameters[0]).toMatchObject({
      parameterId: 'cityCompetitionFirstPrize',
      value: 5000,
      article: 13,
    });
  });
  it('第六条：新培养技师的补贴4000元放在“还需确认”，因为办法没有写补贴发给谁', () => {
    const e = evaluate({ kind: 'person', trainingProject: 'new-technician' });
    const item = e.needsConfirmation.find((i) => i.id === 'technician-training-subsidy');
    expect(item?.amountYuan).toBe(4000);
    expect(item?.reason).toContain('没有写明这笔资金发给谁、怎样申请');
    expect(find(e, 'senior-technician-training-subsidy')?.status).toBe('not-eligible');
  });
  it('第十一条：技师班学生取证未满2年，暂不符合，并写明自哪天起可申报', () => {
    const e = evaluate({
      kind: 'person',
      education: 'technical-school-technician-class-student',
      advancedCertificateDate: '2025-03-10',
      asOf: '2026-11-28',
    });
    const item = find(e, 'technician-evaluation');
    expect(item?.status).toBe('not-eligible');
    expect(item?.whatWouldChange).toBe('2027年3月11日起即可申报。');
  });
  it('个人看到20项个人政策，单位看到8项（5项单位政策和第六条的3项补贴，办法没有写补贴发给谁）', () => {
    const p = evaluate({ kind: 'person' });
    expect(p.eligible.length + p.needsConfirmation.length + p.notEligible.length).toBe(20);
    expect(p.eligible).toEqual([]);
    const o = evaluate({ kind: 'organisation' });
    expect(o.eligible.length + o.needsConfirmation.length + o.notEligible.length).toBe(8);
  });
  it('与个人无关的单位问题被忽略并提示', () => {
    expect(evaluate({ kind: 'person', organisationType: 'enterprise' }).notices).toEqual([
      { field: 'organisationType', message: '“单位类型”与个人自查无关，已忽略。' },
    ]);
  });
});

describe('evaluate: 单位', () => {
  it('第八条：龙头企业新认定2个市级技能大师工作室，奖补20万元，还需确认发给谁、怎样申请', () => {
    const e = evaluate({
      kind: 'organisation',
      organisationType: 'enterprise',
      leadingEnterprise: 'yes',
      newStudios: '2',
    });
    const item = e.needsConfirmation.find((i) => i.id === 'master-studio-grant');
    expect(item?.amountYuan).toBe(200_000);
    expect(item?.reason).toContain('没有写明这笔资金发给谁、怎样申请');
  });
  it('第八条：没有新认定的市级技能大师工作室，暂不符合', () => {
    expect(
      find(
        evaluate({ kind: 'organisation', organisationType: 'enterprise', leadingEnterprise: 'no', newStudios: '0' }),
        'master-studio-grant',
      )?.status,
    ).toBe('not-eligible');
  });
  it('第五条：企业填写工资和支出，得到可扣除额和结转额', () => {
    const e = evaluate({
      kind: 'organisation',
      organisationType: 'enterprise',
      wages: '100万',
      educationSpending: '10万',
      frontlineSpending: '5万',
    });
    const item = e.eligible.find((i) => i.id === 'education-fund-deduction');
    expect(item?.amountText).toBe('本年可扣除 80,000.00 元');
    expect(item?.reason).toContain('结转以后年度 20,000.00 元');
    expect(item?.reason).toContain('未达到');
  });
});

describe('evaluate: 错误输入', () => {
  it.each([null, undefined, 42, 'kind=person', [], [1, 2], { kind: 'robot' }, { kind: ['person'] }])(
    '%j 返回中文错误而不抛出',
    (input) => {
      const e = evaluate(input);
      expect(e.ok).toBe(false);
      expect(Object.values(e.errors).length).toBeGreaterThan(0);
      for (const m of Object.values(e.errors)) expect(m).toMatch(/[\u4e00-\u9fff]/);
    },
  );
  it('每个错误项都点名字段', () => {
    const e = evaluate({ kind: 'person', skillLevel: 'guru', asOf: '2026-02-30', honours: ['x'] });
    expect(Object.keys(e.errors).sort()).toEqual(['asOf', 'honours', 'skillLevel']);
  });
});

describe('网址中的回答', () => {
  it('回答写入网址再读回，得到同一个 profile 和同一个结果', () => {
    const input = {
      kind: 'organisation',
      organisationType: 'enterprise',
      wages: '1,234,567.89',
      educationSpending: '1.5万',
      leadingEnterprise: '是',
      newStudios: '３',
    };
    const first = profileFromSearchParams(new URLSearchParams(Object.entries(input)));
    expect(first.notices).toEqual([]);
    expect(first.profile).not.toBeNull();
    if (first.profile === null) return;
    const url = profileToSearchParams(first.profile);
    expect(url.toString()).toBe(
      'kind=organisation&organisationType=enterprise&leadingEnterprise=yes&newStudios=3&wages=1234567.89&educationSpending=15000',
    );
    const back = profileFromSearchParams(new URLSearchParams(url.toString()));
    expect(back.profile).toEqual(first.profile);
    expect(evaluate(Object.fromEntries(url))).toEqual(evaluate(input));
  });
  it('无法识别或无效的参数逐项丢弃并提示', () => {
    const r = profileFromSearchParams(
      new URLSearchParams(
        'kind=person&skillLevel=guru&foo=1&competitionPlacing=first&honours=national-gold&honours=zhongyuan-craftsman',
      ),
    );
    expect(r.profile).toMatchObject({
      kind: 'person',
      competitionPlacing: 'first',
      honours: ['national-gold', 'zhongyuan-craftsman'],
    });
    expect(r.profile?.skillLevel).toBeUndefined();
    // the notice names the field by its label (src/rules/fields.ts), never by its id; an unknown key is only counted
    expect(r.notices).toEqual([
      { field: null, message: '链接中有 1 项无法识别的内容，已忽略。' },
      {
        field: 'skillLevel',
        message: '链接中的“当前职业技能等级”无效，已忽略：当前职业技能等级请从列出的选项中选择',
      },
    ]);
  });
  it('跨项错误（一线支出大于本年支出）丢弃该项', () => {
    const r = profileFromSearchParams(
      new URLSearchParams('kind=organisation&educationSpending=10&frontlineSpending=20'),
    );
    expect(r.profile?.frontlineSpending).toBeUndefined();
    expect(r.profile?.educationSpending).toBe(1000);
    expect(r.notices).toHaveLength(1);
  });
  it('没有 kind 时没有 profile', () => {
    expect(profileFromSearchParams(new URLSearchParams('skillLevel=advanced')).profile).toBeNull();
  });
});

describe('evaluate: 第十六条的理由只列出起作用的奖项', () => {
  it('第十六条：中原大工匠和世赛优胜奖并有时，副高级的理由只写中原大工匠，绿色通道还需确认', () => {
    const e = evaluate({ kind: 'person', honours: ['worldskills-excellence', 'zhongyuan-craftsman'] });
    expect(e.eligible.find((i) => i.id === 'associate-senior-title-direct')?.reason).toBe(
      '中原大工匠获得者，可直接申报相应系列副高级职称。',
    );
    expect(e.needsConfirmation.find((i) => i.id === 'public-institution-green-channel')?.reason).toContain('优胜奖');
  });
});
