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

/** The issuing office, in full and as the site shortens it. */
export const HRSS_BUREAU = '许昌市人力资源和社会保障局';
export const HRSS_BUREAU_SHORT = '市人社局';

/** “拨打 12333 或咨询许昌市人力资源和社会保障局”: the verb phrase, for sentences that frame it themselves. */
export const CALL_OR_ASK = `拨打 ${HOTLINE} 或咨询${HRSS_BUREAU}`;

/** Where to ask about anything the measure leaves unsaid, as a clause: “可拨打12333或咨询许昌市人力资源和社会保障局（市人社局）”. */
// written out whole (not composed of the constants above): the calculators' bundles carry this one string only
export const ASK_OFFICIALS = '可拨打12333或咨询许昌市人力资源和社会保障局（市人社局）';

/** Where to ask when a calculator names no other office (the registry's default, src/components/calculators.ts). */
export const ASK_DEFAULT = `办法没有写由哪个部门办理；可${CALL_OR_ASK}。`;
