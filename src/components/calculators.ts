/**
 * 计算器: the registry — the one place each calculator is declared: its stable name (the /calculators/<name>/ slug,
 * the island's name and the `name` prop of <Calculator />), title, article, description, widget, the table that stands
 * in for it without JavaScript, and where to ask. Words only: amounts and conditions come from src/rules/ when the page
 * is built. Everything else is derived from this list: its island script (src/integrations/calculator-islands.ts reads
 * each entry's `name` and `widget` from this file), its place on its article's page (src/pages/measure/[n].astro),
 * /calculators/ and /calculators/<name>/, and the tests' loops (test/widgets/calculator-registry.test.ts).
 */
import type { ComponentType } from 'preact';
import {
  CALL_OR_ASK,
  COMPETITION_PLACINGS,
  CITY_COMPETITION_NOT_SAID,
  CIVIL_CODE_PERIOD_RULES,
  EDUCATION_FUND_NOT_SAID,
  GRADUATE_NOT_SAID,
  MASTER_STUDIO_NOT_SAID,
  TECHNICIAN_DATE_NOT_SAID,
  TECHNICIAN_ROUTE_NOT_COVERED,
  TITLES_NOT_SAID,
  TRAINING_SUBSIDY_NOT_SAID,
  amountText,
  chineseDateText,
  benefitById,
  declarationById,
  competitionPlacings,
  formatParameter,
  parameters as p,
  technicianApplicationDate,
  type BenefitId,
} from '../rules';
import { judgeView } from '../widgets/judge-view';
import EducationFundCalculator from '../widgets/EducationFundCalculator';
import TrainingSubsidyCalculator from '../widgets/TrainingSubsidyCalculator';
import MasterStudioCalculator from '../widgets/MasterStudioCalculator';
import TechnicianDateCalculator from '../widgets/TechnicianDateCalculator';
import CompetitionAwardCalculator from '../widgets/CompetitionAwardCalculator';
import GraduateSupportCalculator from '../widgets/GraduateSupportCalculator';
import TitleDirectCalculator from '../widgets/TitleDirectCalculator';

/** The certificate date of the no-JavaScript table's worked example (any date would do; the period is the rules'). */
const EXAMPLE_CERTIFICATE_DATE = '2025-03-10';

/** “例如：……取得证书，期间到……结束，……起可以申报。”, computed by the calculator's own function. */
function technicianDateExample(certificateDate: string): string {
  const r = technicianApplicationDate({ certificateDate, today: certificateDate });
  if (!r.ok) throw new Error(`the example date ${certificateDate} is not a valid certificate date`);
  const { periodEndDate, earliestApplicationDateText } = r.value;
  return `例如：${chineseDateText(certificateDate)}取得证书，期间到${chineseDateText(periodEndDate)}结束，${earliestApplicationDateText}起可以申报。`;
}

/** The table shown without JavaScript (and printed while the calculator is untouched). */
export interface StaticTable {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** Sentences under the table: how to compute by hand, what the measure does not say. */
  notes: readonly string[];
}

export interface CalculatorEntry<Name extends string = string> {
  name: Name;
  /** Shown as the calculator's heading and page title. */
  title: string;
  /** The article of the measure it computes. */
  article: number;
  /** The benefits of that article it is a view of: it shows their verdicts, conditions and amounts. */
  benefits: readonly BenefitId[];
  /** One sentence: what it computes, for whom. */
  description: string;
  /** The Preact widget, imported from ../widgets/: rendered when the page is built, hydrated by its island script. */
  widget: ComponentType<WidgetProps>;
  /**
   * Props computed when the page is built, beside the article's label: texts that do not depend on what the reader
   * types (e.g. a condition the calculator cannot decide) travel in the page's HTML instead of its JavaScript.
   */
  props?: () => object;
  /** The amounts and conditions as a table, rendered from the rules module when the page is built. */
  table: () => StaticTable;
  /** Where to ask: the measure names no office (src/rules/README.md, “Where the measure is silent”). */
  ask?: string;
}

/** What every calculator widget is given: the article's label (第六条), and its entry's `props`. */
export type WidgetProps = { articleLabel: string } & Record<string, unknown>;

/**
 * One registry entry, type-checked against its widget: `props` must supply exactly what the widget needs beyond
 * `articleLabel` and `deferred` (and is required when it needs anything). Every widget is given `deferred`: each of its
 * benefits' reason to stay 还需确认, read from the declarations here, so that a calculator judges with its declarations'
 * own deferral and the words come in the page's HTML (src/widgets/ConditionList.tsx: judgeView).
 */
function calculator<const N extends string, P extends { articleLabel: string }>(
  entry: Omit<CalculatorEntry<N>, 'widget' | 'props'> & { widget: ComponentType<P> } & (object extends Omit<
      P,
      'articleLabel' | 'deferred'
    >
      ? { props?: never }
      : { props: () => Omit<P, 'articleLabel' | 'deferred'> }),
): CalculatorEntry<N> {
  const deferred = () => Object.fromEntries(entry.benefits.map((id) => [id, declarationById(id).deferred]));
  return { ...entry, props: () => ({ deferred: deferred(), ...entry.props?.() }) } as unknown as CalculatorEntry<N>;
}

const percent = (id: 'educationFundDeductionRate' | 'frontlineTrainingShare') => formatParameter(p[id]);

/** A catalog benefit as a table row: its title and its amount as the measure states it. */
function benefitRow(id: BenefitId): readonly string[] {
  const b = benefitById(id);
  return [b.title, amountText(b.amount) ?? '—'];
}

const entries = [
  calculator({
    name: 'education-fund',
    title: '职工教育经费税前扣除计算',
    article: 5,
    benefits: ['education-fund-deduction'],
    description:
      '输入工资薪金总额和职工教育经费支出，算出本年可税前扣除的金额、结转以后年度的金额，以及用于一线职工培训的比例是否达到要求。',
    widget: EducationFundCalculator,
    // the calculator does not ask what kind of organisation the reader is: its verdict is judged once, here
    props: () => ({
      judged: judgeView(declarationById('education-fund-deduction'), {}),
      notSaid: EDUCATION_FUND_NOT_SAID,
    }),
    ask: `税前扣除是企业所得税事项，请咨询企业的主管税务机关；职工教育经费的其他问题可${CALL_OR_ASK}。`,
    table: () => ({
      caption: '职工教育经费的扣除比例和一线职工培训比例（第五条）',
      head: ['项目', '比例'],
      rows: [
        ['税前扣除限额（占工资薪金总额）', percent('educationFundDeductionRate')],
        ['用于一线职工培训的最低比例（占职工教育经费）', percent('frontlineTrainingShare')],
      ],
      notes: [
        `本年可税前扣除 = 本年支出与以前年度结转之和，但不超过工资薪金总额 × ${percent('educationFundDeductionRate')}。`,
        '超过部分，按财税〔2018〕51号的规定，准予在以后纳税年度结转扣除。',
        `用于一线职工培训的支出 ÷ 职工教育经费支出，应达到 ${percent('frontlineTrainingShare')} 以上。`,
      ],
    }),
  }),
  calculator({
    name: 'training-subsidy',
    title: '技师项目培训补贴计算',
    article: 6,
    benefits: [
      'technician-training-subsidy',
      'senior-technician-training-subsidy',
      'senior-technician-upgrade-subsidy',
    ],
    description: '输入新培养技师、新培养高级技师和参加高级技师岗位技能提升培训的人数，算出技师项目培训补贴合计和明细。',
    widget: TrainingSubsidyCalculator,
    props: () => ({ notSaid: TRAINING_SUBSIDY_NOT_SAID }),
    table: () => ({
      caption: '技师项目培训补贴标准（第六条）',
      head: ['培训类型', '每人补贴'],
      rows: [
        ['新培养技师', formatParameter(p.technicianTrainingSubsidy)],
        ['新培养高级技师', formatParameter(p.seniorTechnicianTrainingSubsidy)],
        ['高级技师岗位技能提升培训', formatParameter(p.seniorTechnicianUpgradeSubsidy)],
      ],
      notes: ['补贴合计 = 各类型人数 × 每人补贴，再相加。', ...TRAINING_SUBSIDY_NOT_SAID],
    }),
  }),
  calculator({
    name: 'master-studio',
    title: '技能大师工作室奖补计算',
    article: 8,
    benefits: ['master-studio-grant'],
    description: '输入新认定的市级技能大师工作室数量，算出市财政奖补资金。',
    widget: MasterStudioCalculator,
    props: () => ({ notSaid: MASTER_STUDIO_NOT_SAID }),
    table: () => ({
      caption: '技能大师工作室奖补（第八条）',
      head: ['对象', '奖补资金'],
      rows: [['每个新认定的市级技能大师工作室', formatParameter(p.masterStudioGrant)]],
      notes: ['由市财政给予。奖补合计 = 新认定的工作室数量 × 每个工作室的奖补资金。', ...MASTER_STUDIO_NOT_SAID],
    }),
  }),
  calculator({
    name: 'technician-date',
    title: '技师申报时间计算',
    article: 11,
    benefits: ['technician-evaluation'],
    description: '输入取得高级工（三级）证书的日期，算出最早哪一天可以申报技师（二级）。',
    widget: TechnicianDateCalculator,
    props: () => ({
      notCovered: TECHNICIAN_ROUTE_NOT_COVERED,
      notSaid: TECHNICIAN_DATE_NOT_SAID,
      legalBasis: CIVIL_CODE_PERIOD_RULES,
    }),
    table: () => ({
      caption: '技师（二级）的申报时间（第十一条）',
      head: ['条件', '时间'],
      rows: [
        [
          '技工院校预备技师班、技师班学生取得高级工（三级）证书后',
          `${formatParameter(p.technicianWaitingYears)}后可申报技师（二级）`,
        ],
      ],
      notes: [
        `本站理解：办法没有写“${formatParameter(p.technicianWaitingYears)}后”如何计算；本站按《中华人民共和国民法典》第二百零一条、第二百零二条计算期间：取得证书的当天不计入，到期满那年的对应日结束（没有对应日的，为该月最后一天）；从结束日的第二天起可以申报。`,
        technicianDateExample(EXAMPLE_CERTIFICATE_DATE),
      ],
    }),
  }),
  calculator({
    name: 'competition-award',
    title: '全市技能大赛奖励计算',
    article: 13,
    benefits: ['city-competition-award'],
    description: '选择您在全市技能大赛中获得的名次（第一名、第二名、第三名或优胜奖），看看该名次的奖励金额。',
    widget: CompetitionAwardCalculator,
    props: () => ({ notSaid: CITY_COMPETITION_NOT_SAID }),
    table: () => ({
      caption: `全市技能大赛奖励（第十三条，每${formatParameter(p.cityCompetitionInterval)}举办一届）`,
      head: ['名次', '奖励'],
      rows: COMPETITION_PLACINGS.map((k) => [
        competitionPlacings[k].label,
        formatParameter(competitionPlacings[k].parameter),
      ]),
      notes: ['办法按名次给予获奖选手奖励：选手获得哪个名次，就对应该名次的奖励金额。'],
    }),
  }),
  calculator({
    name: 'graduate-support',
    title: '技工院校毕业生待遇与创业扶持',
    article: 15,
    benefits: ['academic-equivalence', 'startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'],
    description: '选择所读班级和是否创业，看看技工院校毕业生可以参照的学历待遇和创业扶持额度。',
    widget: GraduateSupportCalculator,
    props: () => ({ notSaid: GRADUATE_NOT_SAID }),
    table: () => ({
      caption: '技工院校毕业生的待遇与创业扶持（第十五条）',
      head: ['项目', '内容'],
      rows: [
        ['高级工班毕业生', '参照大专学历享受相关待遇'],
        ['预备技师（技师）班毕业生', '参照本科学历享受相关待遇'],
        ...(['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'] as const).map(benefitRow),
      ],
      notes: [
        '担保贷款是额度上限，不是补贴；优秀项目扶持补助的具体金额，文件只给出区间。',
        ...benefitById('academic-equivalence').notSaid,
      ],
    }),
  }),
  calculator({
    name: 'title-direct',
    title: '职称直通申报查询',
    article: 16,
    benefits: ['full-senior-title-direct', 'associate-senior-title-direct', 'public-institution-green-channel'],
    description: '选择获得的奖项或荣誉，看看可以直接申报哪一级职称、是否可走事业单位招聘绿色通道。',
    widget: TitleDirectCalculator,
    props: () => ({ notSaid: TITLES_NOT_SAID }),
    table: () => ({
      caption: '职称直通（第十六条）',
      head: ['获得的奖项或荣誉', '可以'],
      rows: (
        ['full-senior-title-direct', 'associate-senior-title-direct', 'public-institution-green-channel'] as const
      ).map((id) => {
        const b = benefitById(id);
        return [b.audience.who, b.title];
      }),
      notes: benefitById('associate-senior-title-direct').notSaid,
    }),
  }),
] as const;

export type CalculatorName = (typeof entries)[number]['name'];
export type CalculatorInfo = CalculatorEntry<CalculatorName>;

/** Every calculator by name. */
export const calculators = Object.fromEntries(entries.map((e) => [e.name, e])) as Record<
  CalculatorName,
  CalculatorInfo
>;

/** The names, in the registry's order. */
export const calculatorNames: readonly CalculatorName[] = entries.map((e) => e.name);

/** In the order of the articles, for /calculators/. */
export const calculatorList: readonly CalculatorInfo[] = [...entries].sort((a, b) => a.article - b.article);

export function isCalculatorName(name: string): name is CalculatorName {
  return (calculatorNames as readonly string[]).includes(name);
}

/** Where to ask when the entry names nowhere in particular. */
export { ASK_DEFAULT } from '../rules';
