/**
 * 第N条 as the measure writes it. Apart from format.ts, which is in every calculator's shared kit (astro.config.mjs):
 * the calculators are given their article's label in their props, and only the checker writes it in the browser.
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** An article number as the measure writes it: 8 → “第八条”, 16 → “第十六条”, 20 → “第二十条”. */
export function articleLabel(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const text = tens === 0 ? DIGITS[ones] : `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
  return `第${text}条`;
}
