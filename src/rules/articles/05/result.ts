/**
 * 第五条 职工教育经费税前扣除: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { WorkedStepSchema } from '../../worked-schema';

export const EducationFundDeductionResultSchema = z.object({
  wagesFen: z.number().int().nonnegative(),
  spendingFen: z.number().int().nonnegative(),
  frontlineSpendingFen: z.number().int().nonnegative(),
  carriedOverFen: z.number().int().nonnegative(),
  /** 扣除限额 = 工资薪金总额 × the rate (parameters.ts), rounded down to the fen (the limit is never exceeded). */
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
  /** Whether the share reaches frontlineTrainingShare (parameters.ts; 以上 includes the share itself); null when nothing was spent. */
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
});

export type EducationFundDeductionResult = z.infer<typeof EducationFundDeductionResultSchema>;
