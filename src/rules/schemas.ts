/**
 * 结果的结构: zod schemas of the catalog and of what `evaluate` returns. Their types are inferred here; the rules
 * modules import them as types only, so no zod reaches the browser with the checker. A parameter's and a worked
 * step's are in worked-schema.ts; a calculator's result is a type in its article's rules.ts.
 * test/rules/schemas.test.ts validates the catalog and every result against these schemas.
 */
import { z } from 'zod';
import { BENEFIT_IDS } from './catalog';
import { BENEFIT_KINDS } from './benefit';
import { BENEFIT_STATUSES, CONDITION_MARKS } from './verdict';
import { BenefitAmountSchema } from './amount-schema';
import { ParameterUseSchema, WorkedStepSchema } from './worked-schema';

export const BenefitIdSchema = z.enum(BENEFIT_IDS);
export const BenefitKindSchema = z.enum(BENEFIT_KINDS);

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

export const BenefitStatusSchema = z.enum(BENEFIT_STATUSES);

/** ✓ met, ✗ not met, ? not answered (or, for a reading, not settled by the article's words). */
export const ConditionMarkSchema = z.enum(CONDITION_MARKS);

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
  notices: z.array(z.object({ field: z.string().nullable(), message: z.string() })),
  kind: z.enum(['person', 'organisation']).nullable(),
  /** 可以享受 */
  eligible: z.array(BenefitResultSchema),
  /** 还需确认 */
  needsConfirmation: z.array(BenefitResultSchema),
  /** 暂不符合 */
  notEligible: z.array(BenefitResultSchema),
  /** 您已取得该等级或更高等级: a benefit whose point is a level the person already holds (its declaration's `reaches`) */
  alreadyHeld: z.array(BenefitResultSchema),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
