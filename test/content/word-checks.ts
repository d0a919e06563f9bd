/**
 * Detectors shared by the content tests and the built-site test: a hand-typed amount, a phone number, a street address.
 * Each is tested on examples in test/content/words.test.ts so a check built on it can fail.
 */
import type { ParameterUnit } from '../../src/rules/parameters';

/** A figure typed by hand: digits (or Chinese numerals before 元) followed by an amount unit. */
export const TYPED_AMOUNT =
  /(\d[\d,，.]*)\s*(万元|万人|万名|元|%|％|名|人)|[〇零一二两三四五六七八九十百千]+\s*万?元|百分之/g;
export function typedAmounts(text: string): string[] {
  return [...text.matchAll(TYPED_AMOUNT)].map((m) => m[0]);
}

const unitOf: Record<string, ParameterUnit> = {
  元: 'yuan',
  万元: 'yuan',
  '%': 'percent',
  '％': 'percent',
  名: 'persons',
  人: 'persons',
  万人: 'persons',
  万名: 'persons',
};
/** A typed figure as a parameter value and unit: "4000元" → 4000 yuan, "10万元" → 100000 yuan, "13.5万人" → 135000 persons. */
export function figureValue(figure: string): { value: number; unit: ParameterUnit } | null {
  const m = /^(\d[\d,，.]*)\s*(万元|万人|万名|元|%|％|名|人)$/.exec(figure);
  if (!m) return null;
  const n = Number((m[1] ?? '').replace(/[,，]/g, ''));
  const unit = m[2] ?? '';
  return { value: Math.round(unit.startsWith('万') ? n * 10_000 : n), unit: unitOf[unit]! };
}

/**
 * Phone-like numbers: mobiles, landlines with an area code, 400/800 lines, 5-digit service lines (12345, 95598 …) and
 * any number written after 电话/热线/拨打/致电. A bare 7-digit figure is not counted (calculator examples use amounts
 * such as 1200000), nor one followed by a unit.
 */
export const PHONE =
  /(?<![\d〔,.])(?:1[3-9]\d{9}|0\d{2,3}[-－ ]?\d{7,8}|[48]00[-－ ]?\d{3}[-－ ]?\d{4}|1[0-2]\d{3}|9[56]\d{3})(?![\d〕,.]|\s*(?:元|万|%|年|月|日|号))|(?<=(?:电话|热线|拨打|致电|联系)[:：]?\s*)\d[\d-]{4,}/g;
/** A street address: a road or street name followed by a house number, or an 地址 label. */
export const ADDRESS = /[\u4e00-\u9fa5]{1,12}(?:路|街|大道|大街|巷|胡同)\s*\d+\s*号|(?:地址|办公地点)\s*[:：]/g;
