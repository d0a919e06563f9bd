/**
 * 第六条 技师项目培训补贴: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { ParameterUseSchema } from '../../worked-schema';

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
});

export type TrainingSubsidyResult = z.infer<typeof TrainingSubsidyResultSchema>;
