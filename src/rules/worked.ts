/**
 * 计算过程: the shapes shared by every calculator's worked arithmetic — each parameter used, with its value,
 * the article that states it and the article's words.
 */
import { formatParameter } from './format';
import type { Parameter } from './parameter';
import type { ParameterUse } from './worked-schema';

export type { ParameterUse, WorkedStep } from './worked-schema';

/** A parameter as a result cites it (pass the parameter itself, so a calculator bundles only the ones it uses). */
export function useParameter(p: Parameter): ParameterUse {
  return {
    parameterId: p.id,
    label: p.label,
    value: p.value,
    unit: p.unit,
    formatted: formatParameter(p),
    article: p.article,
    quote: p.quote,
  };
}
