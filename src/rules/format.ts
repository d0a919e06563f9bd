/**
 * How amounts are written for Chinese readers: 4,000 元; 10 万元; 13.5 万人; 8%.
 * Pure string formatting, shared by pages, widgets and the JSON API so a figure reads the same everywhere.
 */
import type { Parameter } from './parameter';

/**
 * A whole number with thousands separators: 1234567 → "1,234,567", rounded half away from zero as
 * Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }) writes it below 1e21 (test/rules/format.test.ts holds the
 * two equal).
 * Written out because a page's first Intl.NumberFormat loads ICU's number data, 40–66 ms in one task on the bench
 * machine, and this module is evaluated while a calculator hydrates (and /search/, which shares its chunk).
 */
export function groupThousands(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const whole = Math.round(Math.abs(n));
  // from 1e21 String() writes an exponent (1e+21): shown as it is, far beyond any amount here
  if (whole >= 1e21) return String(n);
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return sign + String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Whole yuan as a Chinese reader writes them: 4000 → "4,000 元", 100000 → "10 万元", 135000 → "13.5 万元",
 * 12345 → "12,345 元", 100000000 → "1 亿元" (not "10000 万元"), 150000000 → "1.5 亿元", 123456000 → "12345.6 万元".
 * 万 and 亿 only where the figure stays exact with one (万) or two (亿) decimals, so the quotient's shortest decimal
 * (String) is exact.
 */
export function formatYuan(yuan: number): string {
  if (!Number.isFinite(yuan)) return '—';
  if (Math.abs(yuan) >= YI && yuan % (YI / 100) === 0) return `${yuan / YI} 亿元`;
  if (Math.abs(yuan) >= WAN && yuan % (WAN / 10) === 0) return `${yuan / WAN} 万元`;
  return `${groupThousands(yuan)} 元`;
}

const WAN = 10_000;
const YI = 100_000_000;

/** A parameter as a reader sees it: "4,000 元", "10 万元", "8%", "2 年", "13.5 万人", "50 名". */
export function formatParameter(param: Parameter): string {
  switch (param.unit) {
    case 'yuan':
      return formatYuan(param.value);
    case 'percent':
      return `${param.value}%`;
    case 'years':
      return param.id === 'targetYear' ? `${param.value}年` : `${param.value} 年`;
    case 'persons':
      return param.value >= 10_000 && param.value % 1_000 === 0 ? `${param.value / WAN} 万人` : `${param.value} 名`;
  }
}
