/**
 * 政策清单: every benefit of the measure, with a stable id (used in URLs, the JSON API and tests), its article,
 * who it is for, what kind of thing it is, its amount (as parameter ids, never literals), its conditions in plain
 * Chinese, the article's words that grant it (`quote`, tested against the official text) and what the measure
 * does not say.
 *
 * Kinds, so each benefit is shown for what it is:
 * - `money`           补贴、奖励、奖补 — a sum of money the measure states
 * - `loan-ceiling`    a loan up to a ceiling (the ceiling is not a sum one receives)
 * - `tax-deduction`   a tax rule the measure implements (职工教育经费税前扣除)
 * - `right-to-apply`  one may apply directly (职称直通、互通申报)
 * - `evaluation`      one may take, or run, a skill evaluation (评价、鉴定、认定)
 * - `treatment`       a status or treatment (学历参照、绿色通道、引进人才支持)
 * - `recommendation`  one may be recommended for a project (金蓝领、培训基地) — selection, not an entitlement
 * - `encouragement`   鼓励、引导、支持 — the measure encourages others to do it; not an entitlement
 * - `honour`          an honour awarded by selection (评选表彰)
 */
import { formatParameter } from './format';
import { parameters, type ParameterId } from './parameters';
import type { Benefit, BenefitAmount } from './schemas';
import { ASK_OFFICIALS } from './worked';
import { QUOTE_ASSOCIATE_SENIOR, QUOTE_FULL_SENIOR, QUOTE_GREEN_CHANNEL, WORLDSKILLS_EXCELLENCE_NOTE, TITLES_NOT_SAID } from './art16-titles';
import { TRAINING_SUBSIDY_NOT_SAID } from './art06-training-subsidy';
import { MASTER_STUDIO_NOT_SAID } from './art08-master-studio';
import { CITY_COMPETITION_NOT_SAID } from './art13-competitions';
import { GRADUATE_NOT_SAID } from './art15-graduates';

export const BENEFIT_IDS = [
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
] as const;

/** What a benefit is: money, a loan ceiling, a tax rule, a right to apply… */
export const BENEFIT_KINDS = ['money', 'loan-ceiling', 'tax-deduction', 'right-to-apply', 'evaluation', 'treatment', 'recommendation', 'encouragement', 'honour'] as const;
export type BenefitId = (typeof BENEFIT_IDS)[number];
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** Chinese names of the kinds, as the site labels them. */
export const benefitKindLabels: Record<BenefitKind, string> = {
  money: '资金补贴或奖励',
  'loan-ceiling': '贷款（最高额度）',
  'tax-deduction': '税收政策',
  'right-to-apply': '可以申报',
  evaluation: '技能评价',
  treatment: '待遇',
  recommendation: '推荐选拔',
  encouragement: '鼓励（不是个人可直接要求的待遇）',
  honour: '评选表彰',
};


/** The shapes of a catalog entry live with their zod schemas in schemas.ts; the tests validate every entry. */
export type { Benefit, BenefitAmount } from './schemas';

const ASK = `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`;
const TRAINING_QUOTE = '按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型，分别给予每人4000元、5000元、2000元技师项目培训补贴';
const TRAINING_CONDITION = '属于重点领域急需紧缺高技能人才培养（办法没有列出哪些职业属于急需紧缺）';

const entries: Benefit[] = [
  {
    id: 'technician-training-subsidy',
    title: '新培养技师 技师项目培训补贴',
    articles: [6],
    audience: { type: 'person', who: '技师项目新培养的技师' },
    kind: 'money',
    amount: { type: 'per-person', parameterId: 'technicianTrainingSubsidy' },
    conditions: ['经技师项目培养，新取得技师（二级）', TRAINING_CONDITION],
    quote: TRAINING_QUOTE,
    notSaid: [...TRAINING_SUBSIDY_NOT_SAID],
  },
  {
    id: 'senior-technician-training-subsidy',
    title: '新培养高级技师 技师项目培训补贴',
    articles: [6],
    audience: { type: 'person', who: '技师项目新培养的高级技师' },
    kind: 'money',
    amount: { type: 'per-person', parameterId: 'seniorTechnicianTrainingSubsidy' },
    conditions: ['经技师项目培养，新取得高级技师（一级）', TRAINING_CONDITION],
    quote: TRAINING_QUOTE,
    notSaid: [...TRAINING_SUBSIDY_NOT_SAID],
  },
  {
    id: 'senior-technician-upgrade-subsidy',
    title: '高级技师岗位技能提升培训 技师项目培训补贴',
    articles: [6],
    audience: { type: 'person', who: '参加岗位技能提升培训的高级技师' },
    kind: 'money',
    amount: { type: 'per-person', parameterId: 'seniorTechnicianUpgradeSubsidy' },
    conditions: ['已是高级技师，参加技师项目的岗位技能提升培训', TRAINING_CONDITION],
    quote: TRAINING_QUOTE,
    notSaid: [...TRAINING_SUBSIDY_NOT_SAID],
  },
  {
    id: 'city-competition-award',
    title: '全市技能大赛奖励',
    articles: [13],
    audience: { type: 'person', who: '全市技能大赛的选手' },
    kind: 'money',
    amount: { type: 'by-placing', parameterIds: ['cityCompetitionFirstPrize', 'cityCompetitionSecondPrize', 'cityCompetitionThirdPrize', 'cityCompetitionMeritPrize'] },
    conditions: ['在全市技能大赛（每2年一届）获得第一名、第二名、第三名或优胜奖'],
    quote: '对获得全市技能大赛第一名、第二名、第三名和优胜奖的选手，分别给予5000元、3000元、2000元和1000元奖励',
    notSaid: [...CITY_COMPETITION_NOT_SAID],
  },
  {
    id: 'full-senior-title-direct',
    title: '直接申报正高级职称',
    articles: [16],
    audience: { type: 'person', who: '“中华技能大奖”、世赛金牌获得者' },
    kind: 'right-to-apply',
    amount: null,
    conditions: ['获得“中华技能大奖”或世界技能大赛金牌'],
    quote: QUOTE_FULL_SENIOR,
    notSaid: [...TITLES_NOT_SAID],
  },
  {
    id: 'associate-senior-title-direct',
    title: '直接申报副高级职称',
    articles: [16],
    audience: { type: 'person', who: '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者' },
    kind: 'right-to-apply',
    amount: null,
    conditions: ['获得“中原技能大奖”“中原技能大师”“中原大工匠”称号，或国赛金牌，或世界技能大赛奖项'],
    quote: QUOTE_ASSOCIATE_SENIOR,
    notSaid: [WORLDSKILLS_EXCELLENCE_NOTE, ...TITLES_NOT_SAID],
  },
  {
    id: 'public-institution-green-channel',
    title: '事业单位招聘“绿色通道”',
    articles: [16],
    audience: { type: 'person', who: '世赛获奖者、国赛金牌获得者' },
    kind: 'treatment',
    amount: null,
    conditions: ['获得世界技能大赛奖项或国赛金牌', '适用人才编制政策，按规定办理入编入岗手续'],
    quote: QUOTE_GREEN_CHANNEL,
    notSaid: [WORLDSKILLS_EXCELLENCE_NOTE, `“绿色通道”的具体做法和“按规定”所指的规定，办法没有写；${ASK_OFFICIALS}。`],
  },
  {
    id: 'introduced-talent-support',
    title: '新引进高技能人才的支持政策',
    articles: [16],
    audience: { type: 'person', who: '新引进的高技能人才' },
    kind: 'treatment',
    amount: null,
    conditions: ['属于新引进的高技能人才', '经评审认定'],
    quote: '新引进的高技能人才，经评审认定后，可享受相应支持政策',
    notSaid: ['“相应支持政策”的内容、评审认定的条件和程序，办法都没有写（可能见于“许昌英才计划”等其他文件）。', ASK],
  },
  {
    id: 'intermediate-evaluation',
    title: '中职毕业生直接参加中级工评价',
    articles: [11],
    audience: { type: 'person', who: '中等职业学校毕业生' },
    kind: 'evaluation',
    amount: null,
    conditions: ['中等职业学校毕业'],
    quote: '中等职业学校毕业生可直接参加中级工评价',
    notSaid: ['评价的组织机构、时间和费用，办法没有写。', ASK],
  },
  {
    id: 'advanced-evaluation',
    title: '高职、本科应用型专业毕业生参加高级工评价',
    articles: [11],
    audience: { type: 'person', who: '高等职业学校、本科院校应用型专业毕业生' },
    kind: 'evaluation',
    amount: null,
    conditions: ['高等职业学校毕业，或本科院校应用型专业毕业'],
    quote: '高等职业学校、本科院校应用型专业毕业生可参加高级工评价',
    notSaid: ['哪些专业属于“应用型专业”，办法没有列出。', ASK],
  },
  {
    id: 'technician-evaluation',
    title: '技工院校预备技师班、技师班学生申报技师（二级）',
    articles: [11],
    audience: { type: 'person', who: '技工院校预备技师班、技师班学生' },
    kind: 'evaluation',
    amount: null,
    conditions: ['技工院校预备技师班或技师班学生', '已取得高级工（三级）职业资格证书或职业技能等级证书', '取得证书满2年（按民法典计算期间，取证当日不计入，期满次日起可申报）'],
    quote: '技工院校预备技师班、技师班学生，取得高级工（三级）职业资格证书或职业技能等级证书2年后，可申报参加相关职业技师（二级）职业技能鉴定或职业技能等级认定',
    notSaid: ['办法写的是“2年后”，没有写如何计算；本站按民法典计算期间的规定计算。', ASK],
  },
  {
    id: 'relaxed-technician-requirements',
    title: '放宽技师、高级技师申报条件',
    articles: [10],
    audience: { type: 'person', who: '有突出贡献和特殊技能的人员' },
    kind: 'evaluation',
    amount: null,
    conditions: ['有突出贡献和特殊技能', '“可放宽”：是否放宽、放宽多少，由评价时决定'],
    quote: '对有突出贡献和特殊技能的人员，可放宽技师、高级技师申报条件',
    notSaid: ['“突出贡献”“特殊技能”如何认定、放宽哪些条件，办法没有写。', ASK],
  },
  {
    id: 'academic-equivalence',
    title: '技工院校毕业生参照大专、本科学历享受相关待遇',
    articles: [15],
    audience: { type: 'person', who: '技工院校高级工班、预备技师（技师）班毕业生' },
    kind: 'treatment',
    amount: null,
    conditions: ['技工院校高级工班毕业：参照大专学历', '技工院校预备技师（技师）班毕业：参照本科学历'],
    quote: '技工院校高级工班、预备技师（技师）班毕业生分别参照大专、本科学历享受相关待遇',
    notSaid: [...GRADUATE_NOT_SAID],
  },
  {
    id: 'startup-subsidy',
    title: '创业开业一次性补贴',
    articles: [15],
    audience: { type: 'person', who: '创业的技工院校高级工班、预备技师（技师）班毕业生' },
    kind: 'money',
    amount: { type: 'fixed', parameterId: 'startupSubsidy' },
    conditions: ['技工院校高级工班或预备技师（技师）班毕业', '创业', '“按有关规定”：其他申请条件见有关规定，办法没有写'],
    quote: '创业开业一次性补贴 5000 元',
    notSaid: [...GRADUATE_NOT_SAID],
  },
  {
    id: 'startup-guaranteed-loan',
    title: '个人创业担保贷款',
    articles: [15],
    audience: { type: 'person', who: '创业的技工院校高级工班、预备技师（技师）班毕业生' },
    kind: 'loan-ceiling',
    amount: { type: 'ceiling', parameterId: 'startupLoanCeiling' },
    conditions: ['技工院校高级工班或预备技师（技师）班毕业', '创业', '“按有关规定”：贷款条件、审核和贴息见有关规定，办法没有写'],
    quote: '个人创业担保贷款最高 20 万元',
    notSaid: [...GRADUATE_NOT_SAID],
  },
  {
    id: 'startup-project-support',
    title: '大众创业优秀项目扶持补助',
    articles: [15],
    audience: { type: 'person', who: '创业的技工院校高级工班、预备技师（技师）班毕业生' },
    kind: 'money',
    amount: { type: 'range', minParameterId: 'startupProjectSupportMin', maxParameterId: 'startupProjectSupportMax' },
    conditions: ['技工院校高级工班或预备技师（技师）班毕业', '创业项目被评为大众创业优秀项目', '“按有关规定”：评选条件见有关规定，办法没有写'],
    quote: '大众创业优秀项目扶持补助 2—15 万元',
    notSaid: [...GRADUATE_NOT_SAID],
  },
  {
    id: 'cross-track-titles',
    title: '职称与职业技能等级互通申报',
    articles: [15],
    audience: { type: 'person', who: '在岗的技能人员和专业技术人员' },
    kind: 'right-to-apply',
    amount: null,
    conditions: ['在岗的技能人员或专业技术人员', '根据自身情况和工作性质自愿申报', '不受单位岗位结构比例限制'],
    quote: '在岗的技能人员和专业技术人员根据自身情况和工作性质，可自愿申报相应系列（专业）和相应级别的专业技术职称、技能人员职业资格或职业技能等级。互通申报不受单位岗位结构比例限制',
    notSaid: ['互通申报的具体条件和程序，办法没有写。', ASK],
  },
  {
    id: 'skills-honours',
    title: '许昌技能大奖、许昌市技术能手等评选表彰',
    articles: [14],
    audience: { type: 'person', who: '高技能人才' },
    kind: 'honour',
    amount: null,
    conditions: ['每2年一届评选，每次表彰“许昌技能大奖”10名、“许昌市技术能手”50名', '另有“市政府特殊津贴”“许昌大工匠”表彰，并积极申报“中原技能大师”“中原大工匠”“中原技能大奖”等'],
    quote: '每2年开展一届许昌技能大奖和许昌市技术能手评选表彰活动，每次表彰“许昌技能大奖”获得者10名、“许昌市技术能手”获得者50名',
    notSaid: ['评选条件、推荐程序和是否有奖金，办法没有写；“高技能人才”的范围办法也没有界定（通常指取得高级工及以上证书的人员）。', ASK],
  },
  {
    id: 'gold-collar-training',
    title: '推荐参加“金蓝领”技能提升培训',
    articles: [9],
    audience: { type: 'person', who: '全市各类企业一线优秀高技能人才' },
    kind: 'recommendation',
    amount: null,
    conditions: ['企业一线的优秀高技能人才', '每年推荐，是否被推荐由选拔决定'],
    quote: '每年推荐全市各类企业一线优秀高技能人才赴省内外知名企业培训中心、国家级技能大师工作室、职业院校或省级技能人才公共实训鉴定示范基地等场所开展技能提升培训',
    notSaid: ['推荐名额、条件和程序，办法没有写。', ASK],
  },
  {
    id: 'equal-treatment-with-engineers',
    title: '一线技师、高级技师与工程师、高级工程师同等待遇（鼓励）',
    articles: [17],
    audience: { type: 'person', who: '在生产一线做出贡献的技师、高级技师' },
    kind: 'encouragement',
    amount: null,
    conditions: ['技师或高级技师', '在生产一线做出贡献', '这是办法对企业的鼓励，不是个人可以直接要求的待遇，取决于所在单位'],
    quote: '鼓励企业对在生产一线做出贡献的技师、高级技师，在带薪学习、休假、疗养、出国进修等方面，与本单位工程师、高级工程师享受同等待遇',
    notSaid: ['办法只是“鼓励”，没有规定企业必须这样做。', '具体做法请向所在单位了解。'],
  },
  {
    id: 'master-studio-grant',
    title: '技能大师工作室奖补资金',
    articles: [8],
    audience: { type: 'organisation', who: '龙头企业、职技院校和公共实训基地' },
    kind: 'money',
    amount: { type: 'per-studio', parameterId: 'masterStudioGrant' },
    conditions: ['工作室设在龙头企业、职技院校或公共实训基地', '被新认定为市级技能大师工作室'],
    quote: '对新认定的市级技能大师工作室，市财政给予10万元奖补资金',
    notSaid: [...MASTER_STUDIO_NOT_SAID],
  },
  {
    id: 'education-fund-deduction',
    title: '职工教育经费税前扣除',
    articles: [5],
    audience: { type: 'organisation', who: '企业' },
    kind: 'tax-deduction',
    amount: { type: 'computed', parameterIds: ['educationFundDeductionRate', 'frontlineTrainingShare'] },
    conditions: ['企业发生的职工教育经费支出，不超过工资薪金总额8%的部分可在税前扣除', '超过部分可结转以后纳税年度扣除（财税〔2018〕51号）', '职工教育经费60%以上用于一线职工培训（办法对使用的要求）'],
    quote: '落实将企业职工教育经费税前扣除限额提高至工资薪金总额8%的税收政策',
    notSaid: ['具体扣除以税务机关的规定为准；办法没有把“60%以上用于一线职工培训”写成扣除的条件。', '税收问题请咨询主管税务机关。'],
  },
  {
    id: 'enterprise-self-evaluation',
    title: '企业技能人才自主评价',
    articles: [10],
    audience: { type: 'organisation', who: '企业' },
    kind: 'evaluation',
    amount: null,
    conditions: ['企业在技能人才评价上享有最大限度自主权'],
    quote: '在技能人才评价上，给予企业最大限度自主权',
    notSaid: ['开展自主评价的备案条件和程序，办法没有写。', ASK],
  },
  {
    id: 'evaluation-organisation-filing',
    title: '备案为社会培训评价组织',
    articles: [12],
    audience: { type: 'organisation', who: '企业、行业协会和培训机构' },
    kind: 'encouragement',
    amount: null,
    conditions: ['各类企业、行业协会或培训机构', '办法是“引导和支持”备案，不是义务'],
    quote: '引导和支持各类企业、行业协会和培训机构备案评价机构',
    notSaid: ['备案的条件、程序和受理部门，办法没有写。', ASK],
  },
  {
    id: 'training-base-project',
    title: '推荐申报国家级、省级高技能人才培训基地项目',
    articles: [7],
    audience: { type: 'organisation', who: '主要是全市高职院校' },
    kind: 'recommendation',
    amount: null,
    conditions: ['主要从全市高职院校中推荐', '重点选择管理规范、资金使用安全、培训能力强、高技能人才培养成效显著的项目单位'],
    quote: '积极争取国家级和省级高技能人才培训基地项目，主要从全市高职院校中推荐',
    notSaid: ['“主要”从高职院校推荐，没有完全排除其他单位；推荐名额、评审标准和程序，办法没有写。', ASK],
  },
];

/** The benefit catalog, in the order of SPEC §5 (test/rules/schemas.test.ts validates it with BenefitSchema). */
export const benefitCatalog: readonly Benefit[] = entries;

const byId = new Map<BenefitId, Benefit>(benefitCatalog.map((b) => [b.id, b]));

/** The catalog entry of a benefit. */
export function benefitById(id: BenefitId): Benefit {
  const b = byId.get(id);
  if (!b) throw new Error(`unknown benefit ${id}`); // unreachable: ids are an enum and the test checks coverage
  return b;
}

/** The parameter ids an amount refers to. */
export function amountParameterIds(amount: BenefitAmount | null): ParameterId[] {
  if (amount === null) return [];
  switch (amount.type) {
    case 'per-person':
    case 'per-studio':
    case 'fixed':
    case 'ceiling':
      return [amount.parameterId];
    case 'by-placing':
    case 'computed':
      return [...amount.parameterIds];
    case 'range':
      return [amount.minParameterId, amount.maxParameterId];
  }
}

/** An amount as readers see it: “4,000 元/人”, “最高 20 万元”, “2 万元—15 万元”. Null when the measure gives none. */
export function amountText(amount: BenefitAmount | null): string | null {
  if (amount === null) return null;
  switch (amount.type) {
    case 'per-person':
      return `每人 ${formatParameter(parameters[amount.parameterId])}`;
    case 'per-studio':
      return `每个工作室 ${formatParameter(parameters[amount.parameterId])}`;
    case 'fixed':
      return formatParameter(parameters[amount.parameterId]);
    case 'ceiling':
      return `最高 ${formatParameter(parameters[amount.parameterId])}`;
    case 'range':
      return `${formatParameter(parameters[amount.minParameterId])}—${formatParameter(parameters[amount.maxParameterId])}`;
    case 'by-placing':
      return amount.parameterIds.map((id) => formatParameter(parameters[id])).join(' / ');
    case 'computed':
      return `按工资薪金总额的 ${formatParameter(parameters['educationFundDeductionRate'])} 计算扣除限额`;
  }
}
