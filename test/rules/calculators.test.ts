import { describe, expect, it } from 'vitest';
import {
  CIVIL_CODE_PERIOD_RULES,
  GRADUATE_NOT_SAID,
  TRAINING_SUBSIDY_NOT_SAID,
  cityCompetitionAward,
  educationFundDeduction,
  graduateTreatment,
  masterStudioGrant,
  technicianApplicationDate,
  titleDirectApplication,
  trainingSubsidy,
} from '../../src/rules';

function value<T>(o: { ok: true; value: T } | { ok: false; errors: Record<string, string> }): T {
  if (!o.ok) throw new Error(`expected ok, got ${JSON.stringify(o.errors)}`);
  return o.value;
}

describe('第六条 技师项目培训补贴', () => {
  it('第六条：新培养技师，每人补贴4000元', () => {
    const r = value(trainingSubsidy({ technicians: '1' }));
    expect(r.totalYuan).toBe(4000);
    expect(r.lines[0]).toMatchObject({
      benefitId: 'technician-training-subsidy',
      count: 1,
      perPersonYuan: 4000,
      subtotalYuan: 4000,
      article: 6,
      parameterId: 'technicianTrainingSubsidy',
    });
  });
  it('第六条：新培养高级技师，每人补贴5000元', () => {
    expect(value(trainingSubsidy({ seniorTechnicians: 1 })).totalYuan).toBe(5000);
  });
  it('第六条：高级技师岗位技能提升培训，每人补贴2000元', () => {
    expect(value(trainingSubsidy({ seniorUpgrades: '１' })).totalYuan).toBe(2000);
  });
  it('第六条：技师3人、高级技师2人、提升培训5人，共3.2万元', () => {
    const r = value(trainingSubsidy({ technicians: '3', seniorTechnicians: '2', seniorUpgrades: '5' }));
    expect(r.lines.map((l) => l.subtotalYuan)).toEqual([12_000, 10_000, 10_000]);
    expect(r.totalYuan).toBe(32_000);
    expect(r.totalText).toBe('3.2 万元');
  });
  it('第六条：什么都不填，补贴为0元；计算器写明办法没有说补贴发给谁', () => {
    const r = value(trainingSubsidy({}));
    expect(r.totalYuan).toBe(0);
    expect(TRAINING_SUBSIDY_NOT_SAID.join('')).toContain('发给谁');
  });
  it('第六条：人数为负数或小数时，指明是哪一项', () => {
    expect(trainingSubsidy({ technicians: '-1', seniorTechnicians: '1.5' })).toEqual({
      ok: false,
      errors: { technicians: '新培养技师人数不能为负数', seniorTechnicians: '新培养高级技师人数请填写整数' },
    });
  });
});

describe('第五条 职工教育经费', () => {
  it('第五条：工资薪金总额100万元，支出5万元，全部在8%限额（8万元）内扣除', () => {
    const r = value(educationFundDeduction({ wages: '100万', spending: '5万', frontlineSpending: '3万' }));
    expect(r.limitFen).toBe(8_000_000);
    expect(r.deductibleFen).toBe(5_000_000);
    expect(r.carriedForwardFen).toBe(0);
    expect(r.frontlineShareBasisPoints).toBe(6000);
    expect(r.frontlineShareMet).toBe(true);
    expect(r.formatted.limit).toBe('80,000.00 元');
    expect(r.formatted.frontlineShare).toBe('60.00%');
  });
  it('第五条：支出超过8%限额的部分结转以后年度（财税〔2018〕51号）', () => {
    const r = value(
      educationFundDeduction({
        wages: '1,000,000',
        spending: '100,000',
        frontlineSpending: '59,999.99',
        carriedOver: '',
      }),
    );
    expect(r.deductibleFen).toBe(8_000_000);
    expect(r.carriedForwardFen).toBe(2_000_000);
    expect(r.frontlineShareMet).toBe(false);
    // 59.99999% would round half up to 60.00%, the line it misses: shown just below it
    expect(r.formatted.frontlineShare).toBe('59.99%');
  });
  it('第五条：先扣本年支出，再在剩余限额内扣以前年度结转', () => {
    const r = value(
      educationFundDeduction({ wages: '1000000', spending: '60000', frontlineSpending: '40000', carriedOver: '30000' }),
    );
    expect(r.deductibleFromThisYearFen).toBe(6_000_000);
    expect(r.deductibleFromCarriedOverFen).toBe(2_000_000);
    expect(r.deductibleFen).toBe(8_000_000);
    expect(r.carriedForwardFen).toBe(1_000_000);
  });
  it('第五条：8%限额不足1分的部分舍去', () => {
    const r = value(educationFundDeduction({ wages: '0.12', spending: '1' }));
    expect(r.limitFen).toBe(0); // 12 fen × 8% = 0.96 fen
    expect(r.carriedForwardFen).toBe(100);
  });
  it('第五条：没有支出时，不计算一线占比', () => {
    const r = value(educationFundDeduction({ wages: '500000', spending: '0' }));
    expect(r.frontlineShareBasisPoints).toBeNull();
    expect(r.frontlineShareMet).toBeNull();
    expect(r.formatted.frontlineShare).toBe('—');
  });
  it('第五条：一线职工培训支出大于本年支出，是该项的错误', () => {
    expect(educationFundDeduction({ wages: '100', spending: '10', frontlineSpending: '11' })).toEqual({
      ok: false,
      errors: { frontlineSpending: '用于一线职工培训的支出不能大于本年职工教育经费支出' },
    });
  });
  it('第五条：工资和支出必须填写', () => {
    const r = educationFundDeduction({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual({ wages: '请填写工资薪金总额', spending: '请填写本年职工教育经费支出' });
  });
});

describe('第十三条 全市技能大赛奖励', () => {
  it.each([
    ['first', 5000, '第一名'],
    ['second', 3000, '第二名'],
    ['third', 2000, '第三名'],
    ['merit', 1000, '优胜奖'],
  ] as const)('第十三条：全市技能大赛 %s 奖励%d元', (placing, amount, label) => {
    const r = value(cityCompetitionAward({ placing }));
    expect(r.amountYuan).toBe(amount);
    expect(r.placingLabel).toBe(label);
  });
  it('第十三条：名次不在所列之中，是错误', () => {
    expect(cityCompetitionAward({ placing: 'fourth' })).toEqual({
      ok: false,
      errors: { placing: '全市技能大赛名次请从列出的选项中选择' },
    });
  });
});

describe('第八条 技能大师工作室奖补', () => {
  it('第八条：新认定的市级技能大师工作室，每个10万元', () => {
    expect(value(masterStudioGrant({ studios: '1' })).totalYuan).toBe(100_000);
    expect(value(masterStudioGrant({ studios: '3' })).totalText).toBe('30 万元');
  });
  it('第八条：工作室个数必须填写且为整数', () => {
    expect(masterStudioGrant({ studios: '' }).ok).toBe(false);
    expect(masterStudioGrant({ studios: '1.5' }).ok).toBe(false);
  });
});

describe('第十一条 技师申报时间（民法典计算期间）', () => {
  it('第十一条：2024年3月11日取得高级工证书，期间至2026年3月11日，2026年3月12日起可申报', () => {
    const r = value(technicianApplicationDate({ certificateDate: '2024-03-11', today: '2026-03-11' }));
    expect(r.periodEndDate).toBe('2026-03-11');
    expect(r.earliestApplicationDate).toBe('2026-03-12');
    expect(r.earliestApplicationDateText).toBe('2026年3月12日');
    expect(r.canApplyNow).toBe(false);
    expect(r.daysRemaining).toBe(1);
  });
  it('第十一条：期满次日当天即可申报', () => {
    const r = value(technicianApplicationDate({ certificateDate: '2024/3/11', today: '2026年3月12日' }));
    expect(r.canApplyNow).toBe(true);
    expect(r.daysRemaining).toBe(0);
  });
  it('第十一条：2月29日取得证书，两年后没有对应日，以2月28日为最后一日，3月1日起可申报', () => {
    const r = value(technicianApplicationDate({ certificateDate: '2024-02-29', today: '2025-01-01' }));
    expect(r.periodEndDate).toBe('2026-02-28');
    expect(r.earliestApplicationDate).toBe('2026-03-01');
    expect(r.endedOnMonthEnd).toBe(true);
    expect(r.daysRemaining).toBe(424);
  });
  it('第十一条：12月31日取得证书，跨年后1月1日起可申报', () => {
    const r = value(technicianApplicationDate({ certificateDate: '2023-12-31', today: '2023-12-31' }));
    expect(r.earliestApplicationDate).toBe('2026-01-01');
    expect(r.daysRemaining).toBe(732);
  });
  it('第十一条：期间按民法典第二百零一条、第二百零二条计算', () => {
    expect(CIVIL_CODE_PERIOD_RULES.map((b) => b.source)).toEqual([
      '《中华人民共和国民法典》第二百零一条',
      '《中华人民共和国民法典》第二百零二条',
    ]);
  });
  it('第十一条：取证日期晚于今天是错误；不存在的日期是错误', () => {
    expect(technicianApplicationDate({ certificateDate: '2026-01-02', today: '2026-01-01' })).toEqual({
      ok: false,
      errors: { certificateDate: '取得高级工（三级）证书的日期不能晚于今天' },
    });
    expect(technicianApplicationDate({ certificateDate: '2023-02-29', today: '2026-01-01' }).ok).toBe(false);
  });
});

describe('第十六条 职称直通', () => {
  it('第十六条：中华技能大奖获得者，可直接申报正高级职称', () => {
    const r = value(titleDirectApplication({ honours: ['china-skills-award'] }));
    expect(r.level).toBe('full-senior');
    expect(r.greenChannel).toBe('no');
  });
  it('第十六条：世赛金牌获得者，可直接申报正高级职称，并纳入事业单位招聘绿色通道', () => {
    const r = value(titleDirectApplication({ honours: 'worldskills-gold' }));
    expect(r).toMatchObject({ level: 'full-senior', fullSenior: 'yes', associateSenior: 'yes', greenChannel: 'yes' });
  });
  it('第十六条：国赛金牌获得者，可直接申报副高级职称，并纳入绿色通道', () => {
    expect(value(titleDirectApplication({ honours: ['national-gold'] }))).toMatchObject({
      level: 'associate-senior',
      greenChannel: 'yes',
    });
  });
  it('第十六条：中原大工匠，可直接申报副高级职称，不在绿色通道所列', () => {
    expect(value(titleDirectApplication({ honours: ['zhongyuan-craftsman'] }))).toMatchObject({
      level: 'associate-senior',
      greenChannel: 'no',
    });
  });
  it('第十六条：世赛优胜奖是否属于“世赛获奖者”，办法未写，需确认', () => {
    expect(value(titleDirectApplication({ honours: ['worldskills-excellence'] }))).toMatchObject({
      level: 'none',
      associateSenior: 'unclear',
      greenChannel: 'unclear',
    });
  });
  it('第十六条：许昌市技术能手不在第十六条所列', () => {
    expect(value(titleDirectApplication({ honours: ['xuchang-technical-expert'] }))).toMatchObject({
      level: 'none',
      associateSenior: 'no',
      greenChannel: 'no',
    });
    expect(value(titleDirectApplication({})).level).toBe('none');
  });
  it('第十六条：未列出的荣誉是错误', () => {
    expect(titleDirectApplication({ honours: ['nobel'] }).ok).toBe(false);
  });
});

describe('第十五条 技工院校毕业生待遇与创业扶持', () => {
  it('第十五条：高级工班毕业生参照大专学历享受相关待遇', () => {
    expect(value(graduateTreatment({ programme: 'technical-school-advanced-class-graduate' })).equivalence).toBe(
      '大专',
    );
  });
  it('第十五条：预备技师（技师）班毕业生参照本科学历；创业的，一次性补贴5000元、担保贷款最高20万元、项目扶持2—15万元', () => {
    const r = value(
      graduateTreatment({ programme: 'technical-school-technician-class-graduate', startingBusiness: '是' }),
    );
    expect(r.equivalence).toBe('本科');
    expect(r.startingBusiness).toBe(true);
    expect(r.startupSupports.map((s) => [s.benefitId, s.minYuan, s.maxYuan])).toEqual([
      ['startup-subsidy', null, 5000],
      ['startup-guaranteed-loan', null, 200_000],
      ['startup-project-support', 20_000, 150_000],
    ]);
    expect(GRADUATE_NOT_SAID.join('')).toContain('按有关规定');
  });
  it('第十五条：其他班别没有学历参照，也不列创业扶持', () => {
    const r = value(graduateTreatment({ programme: 'other', startingBusiness: true }));
    expect(r.equivalence).toBeNull();
    expect(r.startupSupports).toEqual([]);
  });
});
