/**
 * 参数与算式的结构: zod schemas of a parameter and of a line of worked arithmetic, which every result carries. The
 * types are inferred here; worked.ts and the calculators import them as types only, so no zod reaches the browser.
 * test/rules/schemas.test.ts validates every parameter and every result against these schemas.
 */
import { z } from 'zod';
import type { Parameter } from './parameter';

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
