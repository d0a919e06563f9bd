/**
 * Money (typed in yuan, kept in fen) as people write it — `４０００`, `1,200,000.5`, `120万`, `1.2亿`, `¥12,000,000`,
 * `12,000,000.00` — and the number reading counts share (counts.ts). Money takes a leading ¥ / ￥ and a trailing 元.
 */
import { fullWidthToAscii, MAX_RAW_LENGTH, orIfBlank, type Field, type Parsed } from './core';

/** Largest count a count field accepts (persons, studios). */
export const MAX_COUNT = 100_000;
/** Largest amount a money field accepts: 10^12 元 (10^14 fen stays a safe integer with room for sums). */
export const MAX_YUAN = 1_000_000_000_000;
export interface NumberOptions {
  /** Chinese name of the field, used in messages: 工资薪金总额. */
  label: string;
  /** Decimal places allowed after scaling (0 for counts; money is parsed to fen, so 2 decimals of a yuan). */
  scale: 0 | 2;
  /** Largest value accepted, in the result's unit (count, or fen). */
  max: number;
  /** The limit as readers see it, for the message. */
  maxText: string;
  /** Classifiers a count may end with (3人, 2个); empty for money. */
  classifiers: readonly string[];
  /** How such a number is written, for the message: 例如 3 或 3人. */
  example: string;
}

/** 万 and 亿 as powers of ten. */
const MAGNITUDE: Record<string, number> = { 万: 4, 亿: 8 };

const MONEY_EXAMPLE = '例如 4000、1.5万 或 ¥12,000,000';

/** Parses a non-negative decimal into an integer scaled by 10^scale, without floating-point arithmetic. */
export function parseScaled(raw: unknown, o: NumberOptions): Parsed<number> {
  const wholeOnly = o.scale === 0;
  const notNumber: Parsed<number> = { ok: false, message: `${o.label}请填写数字，${o.example}` };
  let text: string;
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return notNumber;
    if (!Number.isFinite(raw)) return { ok: false, message: `${o.label}不是有限的数字` };
    if (raw < 0) return { ok: false, message: `${o.label}不能为负数` };
    if (raw > o.max) return { ok: false, message: `${o.label}不能超过${o.maxText}` };
    text = String(raw);
    // 1e-7 and similar: a decimal too small for the field
    if (/e/i.test(text))
      return { ok: false, message: wholeOnly ? `${o.label}请填写整数` : `${o.label}最多保留两位小数（到分）` };
  } else if (typeof raw === 'bigint') {
    text = raw.toString();
  } else if (typeof raw === 'string') {
    if (raw.length > MAX_RAW_LENGTH) return { ok: false, message: `${o.label}太长，请只填写一个数字` };
    text = raw;
  } else {
    return raw === undefined || raw === null ? { ok: false, message: `请填写${o.label}` } : notNumber;
  }
  let s = fullWidthToAscii(text).replace(/[\s\u3000]/g, '');
  if (s === '') return { ok: false, message: `请填写${o.label}` };
  if (!wholeOnly) s = s.replace(/^[¥￥]/, '').replace(/元$/, '');
  else if (o.classifiers.some((c) => s.endsWith(c))) s = s.slice(0, -1);
  if (/^-/.test(s)) return { ok: false, message: `${o.label}不能为负数` };
  if (/^[+]?(nan)$/i.test(s)) return notNumber;
  if (/^[+]?(infinity|∞)/i.test(s)) return { ok: false, message: `${o.label}不是有限的数字` };
  const m = /^\+?([0-9][0-9,]*)(?:\.([0-9]+))?([万亿])?$/.exec(s);
  if (!m) return notNumber;
  const grouped = m[1] ?? '';
  if (grouped.includes(',') && !/^[0-9]{1,3}(,[0-9]{3})+$/.test(grouped)) {
    return { ok: false, message: `${o.label}的千位分隔符位置不对，例如 1,200,000` };
  }
  const intDigits = grouped.replace(/,/g, '');
  const frac = m[2] ?? '';
  const shift = o.scale + (m[3] ? (MAGNITUDE[m[3]] ?? 0) : 0);
  const kept = frac.slice(0, shift).padEnd(shift, '0');
  const rest = frac.slice(shift);
  if (/[1-9]/.test(rest)) {
    return { ok: false, message: wholeOnly ? `${o.label}请填写整数` : `${o.label}最多保留两位小数（到分）` };
  }
  const digits = (intDigits + kept).replace(/^0+(?=[0-9])/, '');
  if (digits.length > 16) return { ok: false, message: `${o.label}不能超过${o.maxText}` };
  const value = Number(digits);
  if (!Number.isSafeInteger(value) || value > o.max) return { ok: false, message: `${o.label}不能超过${o.maxText}` };
  return { ok: true, value };
}

/** An amount of money typed in yuan, returned in fen (分): `1,200,000.5` → 120000050, `120万` → 1200000000, `¥1.2亿` too. */
export function parseYuanToFen(raw: unknown, label: string, maxYuan: number = MAX_YUAN): Parsed<number> {
  const maxText = maxYuan === MAX_YUAN ? '1万亿元' : `${maxYuan}元`;
  return parseScaled(raw, { label, scale: 2, max: maxYuan * 100, maxText, classifiers: [], example: MONEY_EXAMPLE });
}

/** A required amount typed in yuan, output in fen (integer). */
export function moneyFenField(label: string, maxYuan: number = MAX_YUAN): Field<number> {
  return (raw) => parseYuanToFen(raw, label, maxYuan);
}

/** An amount in yuan, output in fen, where an empty answer means 0 (e.g. nothing carried over). */
export function moneyFenFieldOrZero(label: string, maxYuan: number = MAX_YUAN): Field<number> {
  return orIfBlank(moneyFenField(label, maxYuan), 0);
}

/** An optional amount in yuan, output in fen (undefined when not answered). */
export function optionalMoneyFenField(label: string, maxYuan: number = MAX_YUAN): Field<number | undefined> {
  return orIfBlank(moneyFenField(label, maxYuan), undefined);
}
