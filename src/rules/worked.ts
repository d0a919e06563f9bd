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

// ——— 咨询: where the site sends a reader for what the measure leaves unsaid, stated once (in this module so that a
// calculator page fetches no extra chunk for it; test/source/typed-once.test.ts fails on 12333 typed anywhere else) ———

/** The HRSS hotline. */
export const HOTLINE = '12333';

/** Where to ask about anything the measure leaves unsaid, as a clause: “可拨打12333或咨询许昌市人力资源和社会保障局（市人社局）”. */
// written out whole (not composed of the constants above): the calculators' bundles carry this one string only
export const ASK_OFFICIALS = '可拨打12333或咨询许昌市人力资源和社会保障局（市人社局）';
