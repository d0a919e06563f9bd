/**
 * 计算过程: the shapes shared by every calculator's worked arithmetic — each parameter used, with its value,
 * the article that states it and the article's words.
 */
import { z } from 'zod';
import { formatParameter } from './format';
import { ParameterUnitSchema, parameters, type ParameterId } from './parameters';

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

/** The parameter `id` as a result cites it. */
export function useParameter(id: ParameterId): ParameterUse {
  const p = parameters[id];
  return { parameterId: p.id, label: p.label, value: p.value, unit: p.unit, formatted: formatParameter(p), article: p.article, quote: p.quote };
}

/** Where to ask about anything the measure leaves unsaid (the measure names no procedure, office or deadline). */
export const ASK_OFFICIALS = '可拨打12333或咨询许昌市人力资源和社会保障局（市人社局）';
