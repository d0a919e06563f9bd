/**
 * Amounts in fen, as 第五条's calculator and the checker write them. Apart from format.ts, which is in every
 * calculator's shared kit (astro.config.mjs): only the pages that show fen load this.
 */
import { groupThousands } from './format';

/** Fen (分) as yuan with two decimals and grouping: 123456789 → "1,234,567.89 元". Integer arithmetic only. */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${groupThousands(yuan)}.${cents} 元`;
}
