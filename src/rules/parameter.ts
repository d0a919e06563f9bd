/**
 * 参数的定义: the shape of a parameter and the one helper that stamps its effective date. The parameters themselves
 * sit in one file per article next to this one; ../parameters.ts gathers them.
 */
/** The unit of a parameter's value. */
export type ParameterUnit =
  | 'yuan' // 元, an integer
  | 'percent' // 百分比, an integer percentage
  | 'years' // 年
  | 'persons'; // 人 / 名

/** One parameter. Its zod schema (ParameterSchema in schemas.ts) is checked against every entry by the tests. */
export interface Parameter {
  /** Stable id, used in the JSON API and in content (`<Param id="…" />`). */
  id: string;
  /** What it is, in Chinese. */
  label: string;
  /** A non-negative integer in `unit`. */
  value: number;
  unit: ParameterUnit;
  /** The article (1–20) that states it. */
  article: number;
  /** The exact words of the article that state the value. */
  quote: string;
  /** The date the value takes effect, ISO (the measure takes effect on publication: 第二十条). */
  effectiveFrom: string;
}

const EFFECTIVE = '2022-09-19';

// Plain data, not validated here: this module runs in the browser with every calculator, where zod would weigh
// more than the calculator. test/rules/schemas.test.ts validates every parameter with ParameterSchema.
export function parameter<const Id extends string>(
  p: Omit<Parameter, 'effectiveFrom' | 'id'> & { id: Id },
): Parameter & { id: Id } {
  return { ...p, effectiveFrom: EFFECTIVE };
}
