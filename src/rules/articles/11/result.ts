/**
 * 第十一条 技师申报日期: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { WorkedStepSchema } from '../../worked-schema';

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
  steps: z.array(WorkedStepSchema),
  article: z.literal(11),
});

export type TechnicianApplicationDateResult = z.infer<typeof TechnicianApplicationDateResultSchema>;
