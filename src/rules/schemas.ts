/**
 * 结果的结构: zod schemas of what the rules module returns — parameters, worked arithmetic and each calculator's
 * result. The result types are inferred here; the rule modules import them as types only, so no zod reaches the
 * browser with a calculator. The tests validate every parameter and every calculator result against these
 * schemas (test/rules/schemas.test.ts), so the shapes the JSON API and the widgets rely on are checked.
 */
import { z } from 'zod';
import { BENEFIT_IDS } from './catalog';
import { BENEFIT_KINDS } from './benefit';
import { COMPETITION_PLACINGS } from './articles/13/calculator';
import { GRADUATE_PROGRAMMES } from './articles/15/calculator';
import { HONOURS } from './articles/16/calculator';
import { parameters, type Parameter, type ParameterId } from './parameters';

export const ParameterUnitSchema = z.enum([
  'yuan', // 元, an integer
  'percent', // 百分比, an integer percentage
  'years', // 年
  'persons', // 人 / 名
]);

export const ParameterSchema = z.object({
  /** Stable id, used in the JSON API and in content (`<Param id="…" />`). */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** What it is, in Chinese. */
  label: z.string().min(2),
  value: z.number().int().nonnegative(),
  unit: ParameterUnitSchema,
  article: z.number().int().min(1).max(20),
  /** The exact words of the article that state the value. */
  quote: z.string().min(2),
  /** The date the value takes effect (the measure takes effect on publication: 第二十条). */
  effectiveFrom: z.iso.date(),
}) satisfies z.ZodType<Parameter>;

/** One parameter as a result shows it: value, formatted value, article and the article's words. */
export const ParameterUseSchema = z.object({
  parameterId: z.string(),
  label: z.string(),
  value: z.number(),
  unit: ParameterUnitSchema,
  /** "4,000 元", "8%" */
  formatted: z.string(),
  article: z.number().int(),
  quote: z.string(),
});
export type ParameterUse = z.infer<typeof ParameterUseSchema>;

/** One line of worked arithmetic in Chinese ("新培养技师 3 人 × 4,000 元 = 12,000 元"), with the parameters it used. */
export const WorkedStepSchema = z.object({
  text: z.string(),
  parameters: z.array(ParameterUseSchema),
});
export type WorkedStep = z.infer<typeof WorkedStepSchema>;

// art05-education-funds.ts
export const EducationFundDeductionResultSchema = z.object({
  wagesFen: z.number().int().nonnegative(),
  spendingFen: z.number().int().nonnegative(),
  frontlineSpendingFen: z.number().int().nonnegative(),
  carriedOverFen: z.number().int().nonnegative(),
  /** 扣除限额 = 工资薪金总额 × 8%, rounded down to the fen (the limit is never exceeded). */
  limitFen: z.number().int().nonnegative(),
  /** 本年可扣除 = min(限额, 本年支出 + 以前年度结转). */
  deductibleFen: z.number().int().nonnegative(),
  /** of which: this year's spending */
  deductibleFromThisYearFen: z.number().int().nonnegative(),
  /** of which: amounts carried over from earlier years */
  deductibleFromCarriedOverFen: z.number().int().nonnegative(),
  /** 结转以后年度扣除 = 本年支出 + 以前年度结转 − 本年可扣除. */
  carriedForwardFen: z.number().int().nonnegative(),
  /** 一线职工培训占本年支出的比例，in basis points (6000 = 60.00%), rounded down; null when nothing was spent. */
  frontlineShareBasisPoints: z.number().int().nonnegative().nullable(),
  /** “其中60%以上用于一线职工培训” (以上 includes 60% itself); null when nothing was spent. */
  frontlineShareMet: z.boolean().nullable(),
  /** Formatted yuan with 2 decimals: "1,234.56 元". */
  formatted: z.object({
    wages: z.string(),
    spending: z.string(),
    frontlineSpending: z.string(),
    carriedOver: z.string(),
    limit: z.string(),
    deductible: z.string(),
    carriedForward: z.string(),
    /** "62.50%" or "—" */
    frontlineShare: z.string(),
  }),
  steps: z.array(WorkedStepSchema),
  article: z.literal(5),
  notSaid: z.array(z.string()),
});

export type EducationFundDeductionResult = z.infer<typeof EducationFundDeductionResultSchema>;

// art06-training-subsidy.ts
export const TrainingSubsidyLineSchema = z.object({
  /** The benefit of the catalog this line computes. */
  benefitId: z.string(),
  /** 新培养技师 */
  label: z.string(),
  count: z.number().int().nonnegative(),
  perPersonYuan: z.number().int().nonnegative(),
  subtotalYuan: z.number().int().nonnegative(),
  article: z.literal(6),
  parameterId: z.string(),
  parameter: ParameterUseSchema,
  /** "3 人 × 4,000 元 = 12,000 元" */
  text: z.string(),
});

export type TrainingSubsidyLine = z.infer<typeof TrainingSubsidyLineSchema>;

export const TrainingSubsidyResultSchema = z.object({
  /** One line per type, always three lines in the measure's order (count 0 included). */
  lines: z.array(TrainingSubsidyLineSchema),
  /** Sum of the lines' subtotals, in yuan. */
  totalYuan: z.number().int().nonnegative(),
  totalText: z.string(),
  article: z.literal(6),
  /** What the measure does not say. */
  notSaid: z.array(z.string()),
});

export type TrainingSubsidyResult = z.infer<typeof TrainingSubsidyResultSchema>;

// art08-master-studio.ts
export const MasterStudioGrantResultSchema = z.object({
  studios: z.number().int().nonnegative(),
  perStudioYuan: z.number().int().nonnegative(),
  totalYuan: z.number().int().nonnegative(),
  totalText: z.string(),
  parameterId: z.literal('masterStudioGrant'),
  article: z.literal(8),
  steps: z.array(WorkedStepSchema),
  notSaid: z.array(z.string()),
});

export type MasterStudioGrantResult = z.infer<typeof MasterStudioGrantResultSchema>;

// art11-skill-evaluation.ts
export const TechnicianApplicationDateResultSchema = z.object({
  certificateDate: z.iso.date(),
  today: z.iso.date(),
  /** The last day of the 2-year period. */
  periodEndDate: z.iso.date(),
  /** The day after the period ends: the earliest day to apply. */
  earliestApplicationDate: z.iso.date(),
  /** “2024年3月12日” */
  earliestApplicationDateText: z.string(),
  /** today ≥ earliest application date */
  canApplyNow: z.boolean(),
  /** Days from today to the earliest application date; 0 when it has come. */
  daysRemaining: z.number().int().nonnegative(),
  /** Whether the certificate date has no corresponding day two years later (29 February). */
  endedOnMonthEnd: z.boolean(),
  legalBasis: z.array(z.object({ source: z.string(), text: z.string() })),
  steps: z.array(WorkedStepSchema),
  article: z.literal(11),
  notSaid: z.array(z.string()),
});

export type TechnicianApplicationDateResult = z.infer<typeof TechnicianApplicationDateResultSchema>;

// art13-competitions.ts
export const CityCompetitionAwardResultSchema = z.object({
  placing: z.enum(COMPETITION_PLACINGS),
  placingLabel: z.string(),
  amountYuan: z.number().int().nonnegative(),
  amountText: z.string(),
  parameterId: z.string(),
  article: z.literal(13),
  steps: z.array(WorkedStepSchema),
  notSaid: z.array(z.string()),
});

export type CityCompetitionAwardResult = z.infer<typeof CityCompetitionAwardResultSchema>;

// art15-graduates.ts
export const StartupSupportSchema = z.object({
  benefitId: z.string(),
  label: z.string(),
  /** money: a one-off subsidy; loan-ceiling: the most that may be lent; money range: a subsidy between min and max */
  kind: z.enum(['money', 'loan-ceiling']),
  minYuan: z.number().int().nonnegative().nullable(),
  maxYuan: z.number().int().nonnegative(),
  /** “5,000 元”, “最高 20 万元”, “2 万元—15 万元” */
  amountText: z.string(),
  parameters: z.array(ParameterUseSchema),
});

export type StartupSupport = z.infer<typeof StartupSupportSchema>;

export const GraduateTreatmentResultSchema = z.object({
  programme: z.enum(GRADUATE_PROGRAMMES),
  /** 参照大专 / 参照本科, or null for other programmes */
  equivalence: z.enum(['大专', '本科']).nullable(),
  equivalenceText: z.string(),
  /** The supports as the measure states them; empty for other programmes. */
  startupSupports: z.array(StartupSupportSchema),
  /** true: starting a business; false: not; null: not answered. */
  startingBusiness: z.boolean().nullable(),
  startupText: z.string(),
  article: z.literal(15),
  notSaid: z.array(z.string()),
});

export type GraduateTreatmentResult = z.infer<typeof GraduateTreatmentResultSchema>;

// art16-titles.ts
const Answer = z.enum(['yes', 'no', 'unclear']);

export const TitleDirectApplicationResultSchema = z.object({
  honours: z.array(z.enum(HONOURS)),
  /** The highest level one may apply for directly. */
  level: z.enum(['full-senior', 'associate-senior', 'none']),
  /** 可直接申报正高级职称 */
  fullSenior: z.enum(['yes', 'no']),
  /** 可直接申报副高级职称; unclear when only a 世赛优胜奖 could count */
  associateSenior: Answer,
  /** 事业单位招聘“绿色通道”; unclear when only a 世赛优胜奖 could count */
  greenChannel: Answer,
  /** The honours held that open each route. */
  fullSeniorHonours: z.array(z.enum(HONOURS)),
  associateSeniorHonours: z.array(z.enum(HONOURS)),
  greenChannelHonours: z.array(z.enum(HONOURS)),
  reasons: z.array(z.object({ text: z.string(), quote: z.string() })),
  article: z.literal(16),
  notSaid: z.array(z.string()),
});

export type TitleDirectApplicationResult = z.infer<typeof TitleDirectApplicationResultSchema>;

// catalog.ts
export const BenefitIdSchema = z.enum(BENEFIT_IDS);
export const BenefitKindSchema = z.enum(BENEFIT_KINDS);

const ParameterIdSchema = z.custom<ParameterId>((v) => typeof v === 'string' && Object.hasOwn(parameters, v));

/** How the measure states an amount, by parameter ids. */
export const BenefitAmountSchema = z.discriminatedUnion('type', [
  /** so much per person (第六条) */
  z.object({ type: z.literal('per-person'), parameterId: ParameterIdSchema }),
  /** so much per newly recognised studio (第八条) */
  z.object({ type: z.literal('per-studio'), parameterId: ParameterIdSchema }),
  /** a one-off sum */
  z.object({ type: z.literal('fixed'), parameterId: ParameterIdSchema }),
  /** one amount per placing (第十三条) */
  z.object({ type: z.literal('by-placing'), parameterIds: z.array(ParameterIdSchema) }),
  /** at most so much (a loan ceiling) */
  z.object({ type: z.literal('ceiling'), parameterId: ParameterIdSchema }),
  /** between min and max */
  z.object({ type: z.literal('range'), minParameterId: ParameterIdSchema, maxParameterId: ParameterIdSchema }),
  /** computed from the reader's figures by a calculator (第五条) */
  z.object({ type: z.literal('computed'), parameterIds: z.array(ParameterIdSchema) }),
]);
export type BenefitAmount = z.infer<typeof BenefitAmountSchema>;

/** A condition as the catalog and the JSON API carry it: its words (or null) and, for a reading, the reason. */
export const ConditionDataSchema = z.object({
  text: z.string().min(2),
  reads: z.array(z.string()).min(1),
  words: z.string().min(2).nullable(),
  reading: z.string().min(2).nullable(),
  for: z.enum(['person', 'organisation']).nullable(),
});

export const BenefitSchema = z.object({
  id: BenefitIdSchema,
  /** 新培养技师 技师项目培训补贴 */
  title: z.string(),
  articles: z.array(z.number().int().min(1).max(20)).min(1),
  audience: z.object({ types: z.array(z.enum(['person', 'organisation'])).min(1), who: z.string() }),
  kind: BenefitKindSchema,
  amount: BenefitAmountSchema.nullable(),
  /** The article's words that grant it (verbatim; the first article of `articles`). */
  quote: z.string(),
  /** What the measure does not say (who receives, how to apply, deadlines…). */
  notSaid: z.array(z.string()).min(1),
  /** The conditions, each with its words or the site's reading. */
  conditions: z.array(ConditionDataSchema),
  /** Why the result stays 还需确认 even when every condition holds (按有关规定, 经评审认定, 鼓励, a selection…). */
  deferred: z.string().nullable(),
});

// evaluate.ts
export const BenefitStatusSchema = z.enum(['eligible', 'needs-confirmation', 'not-eligible']);
export type BenefitStatus = z.infer<typeof BenefitStatusSchema>;

/** ✓ met, ✗ not met, ? not answered (or, for a reading, not settled by the article's words). */
export const ConditionMarkSchema = z.enum(['met', 'failed', 'unknown']);

/** One condition in a result: the condition, its mark, and the words (or reading) it rests on. */
export const ConditionResultSchema = ConditionDataSchema.extend({
  mark: ConditionMarkSchema,
  /** The questions still to answer for it (empty when answered). */
  questions: z.array(z.string()),
});
export type ConditionResult = z.infer<typeof ConditionResultSchema>;

/** One benefit in an evaluation result. */
export const BenefitResultSchema = z.object({
  id: BenefitIdSchema,
  title: z.string(),
  articles: z.array(z.number().int()),
  kind: BenefitKindSchema,
  kindLabel: z.string(),
  status: BenefitStatusSchema,
  /** A definite sum in yuan where this profile gives one (a placing, a number of studios), else null. */
  amountYuan: z.number().int().nonnegative().nullable(),
  /** The amount or range as readers see it, or null where the measure gives none. */
  amountText: z.string().nullable(),
  /** Why, in Chinese. */
  reason: z.string(),
  /** Worked arithmetic: each step with the parameters it used (value and article). */
  arithmetic: z.array(WorkedStepSchema),
  /** Every parameter behind the amount. */
  parameters: z.array(ParameterUseSchema),
  /** The article's words that grant the benefit. */
  quote: z.string(),
  /** What would change the outcome, or null. */
  whatWouldChange: z.string().nullable(),
  /** What the measure leaves unsaid. */
  notSaid: z.array(z.string()),
  /** Every condition with its mark: “满足 X/Y 项条件”. */
  conditions: z.array(ConditionResultSchema),
  /** X of “满足 X/Y 项条件”. */
  conditionsMet: z.number().int().nonnegative(),
});
export type BenefitResult = z.infer<typeof BenefitResultSchema>;

/** The result of `evaluate`. When `ok` is false the groups are empty and `errors` names each bad field. */
export const EvaluationSchema = z.object({
  ok: z.boolean(),
  errors: z.record(z.string(), z.string()),
  /** Remarks about the answers (e.g. a field that does not apply to this kind of profile was ignored). */
  notices: z.array(z.string()),
  kind: z.enum(['person', 'organisation']).nullable(),
  /** 可以享受 */
  eligible: z.array(BenefitResultSchema),
  /** 还需确认 */
  needsConfirmation: z.array(BenefitResultSchema),
  /** 暂不符合 */
  notEligible: z.array(BenefitResultSchema),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
