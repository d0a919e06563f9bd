/**
 * 参数: every amount, rate, threshold, count and period the measure states.
 *
 * Each parameter carries its value, unit, the article that states it and `quote`, the exact words of that
 * article (a test checks that every quote occurs in the article's official text). Code reads these values;
 * it never repeats a literal amount. To change an amount, change it here (see src/rules/README.md).
 */
/** The unit of a parameter's value. */
export type ParameterUnit =
  | 'yuan' // 元, an integer
  | 'percent' // 百分比, an integer percentage
  | 'years' // 年
  | 'persons'; // 人 / 名

/** One parameter. Its zod schema (ParameterSchema in schemas.ts) is checked against every entry by the tests. */
export interface Parameter {
  /** Stable id, used in the JSON API and in content (`<Param id="…" />`). */
  id: string;
  /** What it is, in Chinese. */
  label: string;
  /** A non-negative integer in `unit`. */
  value: number;
  unit: ParameterUnit;
  /** The article (1–20) that states it. */
  article: number;
  /** The exact words of the article that state the value. */
  quote: string;
  /** The date the value takes effect, ISO (the measure takes effect on publication: 第二十条). */
  effectiveFrom: string;
}

const EFFECTIVE = '2022-09-19';

// Plain data, not validated here: this module runs in the browser with every calculator, where zod would weigh
// more than the calculator. test/rules/schemas.test.ts validates every parameter with ParameterSchema.
function parameter<const Id extends string>(p: Omit<Parameter, 'effectiveFrom' | 'id'> & { id: Id }): Parameter & { id: Id } {
  return { ...p, effectiveFrom: EFFECTIVE };
}

/** All parameters, keyed by id. */
export const parameters = {
  // 第三条 主要目标
  newHighSkillTalentTarget: parameter({
    id: 'newHighSkillTalentTarget',
    label: '到2025年全市新培养高技能人才目标',
    value: 135_000,
    unit: 'persons',
    article: 3,
    quote: '到2025年，全市新培养高技能人才13.5万人',
  }),
  targetYear: parameter({
    id: 'targetYear',
    label: '主要目标的目标年份',
    value: 2025,
    unit: 'years',
    article: 3,
    quote: '到2025年',
  }),

  // 第五条 职工教育经费
  educationFundDeductionRate: parameter({
    id: 'educationFundDeductionRate',
    label: '职工教育经费税前扣除限额（占工资薪金总额的比例）',
    value: 8,
    unit: 'percent',
    article: 5,
    quote: '落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的税收政策',
  }),
  frontlineTrainingShare: parameter({
    id: 'frontlineTrainingShare',
    label: '职工教育经费用于一线职工培训的最低比例',
    value: 60,
    unit: 'percent',
    article: 5,
    quote: '其中60%以上用于一线职工培训',
  }),

  // 第六条 技师项目培训补贴
  technicianTrainingSubsidy: parameter({
    id: 'technicianTrainingSubsidy',
    label: '新培养技师 技师项目培训补贴（每人）',
    value: 4000,
    unit: 'yuan',
    article: 6,
    quote: '分别给予每人4000元、5000元、2000元技师项目培训补贴',
  }),
  seniorTechnicianTrainingSubsidy: parameter({
    id: 'seniorTechnicianTrainingSubsidy',
    label: '新培养高级技师 技师项目培训补贴（每人）',
    value: 5000,
    unit: 'yuan',
    article: 6,
    quote: '分别给予每人4000元、5000元、2000元技师项目培训补贴',
  }),
  seniorTechnicianUpgradeSubsidy: parameter({
    id: 'seniorTechnicianUpgradeSubsidy',
    label: '高级技师岗位技能提升培训 技师项目培训补贴（每人）',
    value: 2000,
    unit: 'yuan',
    article: 6,
    quote: '分别给予每人4000元、5000元、2000元技师项目培训补贴',
  }),

  // 第八条 技能大师工作室
  masterStudioGrant: parameter({
    id: 'masterStudioGrant',
    label: '新认定的市级技能大师工作室奖补资金',
    value: 100_000,
    unit: 'yuan',
    article: 8,
    quote: '对新认定的市级技能大师工作室，市财政给予10万元奖补资金',
  }),

  // 第十一条 技师申报
  technicianWaitingYears: parameter({
    id: 'technicianWaitingYears',
    label: '取得高级工（三级）证书后可申报技师（二级）的年限',
    value: 2,
    unit: 'years',
    article: 11,
    quote: '取得高级工（三级）职业资格证书或职业技能等级证书2年后',
  }),

  // 第十三条 全市技能大赛
  cityCompetitionInterval: parameter({
    id: 'cityCompetitionInterval',
    label: '全市技能大赛举办周期',
    value: 2,
    unit: 'years',
    article: 13,
    quote: '每2年举办一届',
  }),
  cityCompetitionFirstPrize: parameter({
    id: 'cityCompetitionFirstPrize',
    label: '全市技能大赛第一名奖励',
    value: 5000,
    unit: 'yuan',
    article: 13,
    quote: '分别给予5000元、3000元、2000元和1000元奖励',
  }),
  cityCompetitionSecondPrize: parameter({
    id: 'cityCompetitionSecondPrize',
    label: '全市技能大赛第二名奖励',
    value: 3000,
    unit: 'yuan',
    article: 13,
    quote: '分别给予5000元、3000元、2000元和1000元奖励',
  }),
  cityCompetitionThirdPrize: parameter({
    id: 'cityCompetitionThirdPrize',
    label: '全市技能大赛第三名奖励',
    value: 2000,
    unit: 'yuan',
    article: 13,
    quote: '分别给予5000元、3000元、2000元和1000元奖励',
  }),
  cityCompetitionMeritPrize: parameter({
    id: 'cityCompetitionMeritPrize',
    label: '全市技能大赛优胜奖奖励',
    value: 1000,
    unit: 'yuan',
    article: 13,
    quote: '分别给予5000元、3000元、2000元和1000元奖励',
  }),

  // 第十四条 评选表彰
  honoursInterval: parameter({
    id: 'honoursInterval',
    label: '许昌技能大奖和许昌市技术能手评选表彰周期',
    value: 2,
    unit: 'years',
    article: 14,
    quote: '每2年开展一届许昌技能大奖和许昌市技术能手评选表彰活动',
  }),
  xuchangSkillsAwardQuota: parameter({
    id: 'xuchangSkillsAwardQuota',
    label: '每次表彰“许昌技能大奖”获得者人数',
    value: 10,
    unit: 'persons',
    article: 14,
    quote: '每次表彰“许昌技能大奖”获得者10名',
  }),
  xuchangTechnicalExpertQuota: parameter({
    id: 'xuchangTechnicalExpertQuota',
    label: '每次表彰“许昌市技术能手”获得者人数',
    value: 50,
    unit: 'persons',
    article: 14,
    quote: '“许昌市技术能手”获得者50名',
  }),

  // 第十五条 创业扶持
  startupSubsidy: parameter({
    id: 'startupSubsidy',
    label: '创业开业一次性补贴',
    value: 5000,
    unit: 'yuan',
    article: 15,
    quote: '创业开业一次性补贴 5000 元',
  }),
  startupLoanCeiling: parameter({
    id: 'startupLoanCeiling',
    label: '个人创业担保贷款最高额度',
    value: 200_000,
    unit: 'yuan',
    article: 15,
    quote: '个人创业担保贷款最高 20 万元',
  }),
  startupProjectSupportMin: parameter({
    id: 'startupProjectSupportMin',
    label: '大众创业优秀项目扶持补助（下限）',
    value: 20_000,
    unit: 'yuan',
    article: 15,
    quote: '大众创业优秀项目扶持补助 2—15 万元',
  }),
  startupProjectSupportMax: parameter({
    id: 'startupProjectSupportMax',
    label: '大众创业优秀项目扶持补助（上限）',
    value: 150_000,
    unit: 'yuan',
    article: 15,
    quote: '大众创业优秀项目扶持补助 2—15 万元',
  }),
} as const;

export type ParameterId = keyof typeof parameters;
export const parameterList: Parameter[] = Object.values(parameters);

/** The value of a parameter. */
export function valueOf(id: ParameterId): number {
  return parameters[id].value;
}
