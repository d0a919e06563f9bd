/**
 * 计算器: every calculator of the site, by its stable name (the /calculators/<name>/ slug and the `name` prop of
 * <Calculator />). Words only: the amounts come from src/rules/ when the page is built.
 */
export const calculatorNames = [
  'training-subsidy',
  'education-fund',
  'master-studio',
  'technician-date',
  'competition-award',
  'graduate-support',
  'title-direct',
] as const;

export type CalculatorName = (typeof calculatorNames)[number];

export interface CalculatorInfo {
  name: CalculatorName;
  /** Shown as the calculator's heading and page title. */
  title: string;
  /** The article of the measure it computes. */
  article: number;
  /** One sentence: what it computes, for whom. */
  description: string;
}

export const calculators: Record<CalculatorName, CalculatorInfo> = {
  'education-fund': {
    name: 'education-fund',
    title: '职工教育经费税前扣除计算',
    article: 5,
    description:
      '输入工资薪金总额和职工教育经费支出，算出本年可税前扣除的金额、结转以后年度的金额，以及用于一线职工培训的比例是否达到要求。',
  },
  'training-subsidy': {
    name: 'training-subsidy',
    title: '技师项目培训补贴计算',
    article: 6,
    description: '输入新培养技师、新培养高级技师和参加高级技师岗位技能提升培训的人数，算出技师项目培训补贴合计和明细。',
  },
  'master-studio': {
    name: 'master-studio',
    title: '技能大师工作室奖补计算',
    article: 8,
    description: '输入新认定的市级技能大师工作室数量，算出市财政奖补资金。',
  },
  'technician-date': {
    name: 'technician-date',
    title: '技师申报时间计算',
    article: 11,
    description: '输入取得高级工（三级）证书的日期，算出最早哪一天可以申报技师（二级）。',
  },
  'competition-award': {
    name: 'competition-award',
    title: '全市技能大赛奖励计算',
    article: 13,
    description: '选择您在全市技能大赛中获得的名次（第一名、第二名、第三名或优胜奖），看看该名次的奖励金额。',
  },
  'graduate-support': {
    name: 'graduate-support',
    title: '技工院校毕业生待遇与创业扶持',
    article: 15,
    description: '选择所读班级和是否创业，看看技工院校毕业生可以参照的学历待遇和创业扶持额度。',
  },
  'title-direct': {
    name: 'title-direct',
    title: '职称直通申报查询',
    article: 16,
    description: '选择获得的奖项或荣誉，看看可以直接申报哪一级职称、是否可走事业单位招聘绿色通道。',
  },
};

/** In the order of the articles, for /calculators/. */
export const calculatorList: CalculatorInfo[] = Object.values(calculators).sort((a, b) => a.article - b.article);

export function isCalculatorName(name: string): name is CalculatorName {
  return (calculatorNames as readonly string[]).includes(name);
}
