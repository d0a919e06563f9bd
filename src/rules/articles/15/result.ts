/**
 * 第十五条 技工院校毕业生待遇: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { ParameterUseSchema } from '../../worked-schema';
import { GRADUATE_PROGRAMMES } from './conditions';

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
});

export type GraduateTreatmentResult = z.infer<typeof GraduateTreatmentResultSchema>;
