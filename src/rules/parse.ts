/**
 * 输入解析: numbers, dates and choices as people type them. Every calculator's fields and the checker's profile
 * schema are built from the field parsers here, so a form and a URL query are validated the same way.
 *
 * No zod in this module on purpose: the calculators run in the browser, where zod would be most of the page's
 * JavaScript. `parseFields` validates a calculator's input; the checker wraps the same fields in zod (zod-field.ts)
 * because it parses the URL query.
 *
 * Accepted numbers: ASCII or full-width digits (４０００), thousands separators (1,200,000 and 1，200，000),
 * spaces anywhere, a 万 suffix (120万, 1.5万), a trailing 元 in money fields, decimals only where money allows
 * (at most 2 decimals of a yuan, i.e. whole fen). Rejected with a Chinese message naming the field: empty,
 * negative, NaN, Infinity, beyond the field's limit, decimals in whole-number fields, anything else.
 */
/** Field name → a Chinese message that names the field. `_form` is the key for problems with the input as a whole. */
export type FieldErrors = Record<string, string>;

/** What every calculator returns: a value, or Chinese messages per field. Never thrown. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The key of a message about the whole input rather than one field. */
export const FORM_ERROR_KEY = '_form';

/** Result of parsing one raw value. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Largest count a count field accepts (persons, studios). */
export const MAX_COUNT = 100_000;
/** Largest amount a money field accepts: 10^12 元 (10^14 fen stays a safe integer with room for sums). */
export const MAX_YUAN = 1_000_000_000_000;
/** Longest raw text we look at; longer input is rejected before any work. */
const MAX_RAW_LENGTH = 64;

function fullWidthToAscii(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。]/g, '.')
    .replace(/[，、]/g, ',')
    .replace(/[－−–—]/g, '-')
    .replace(/[／]/g, '/')
    .replace(/[＋]/g, '+');
}

interface NumberOptions {
  /** Chinese name of the field, used in messages: 工资薪金总额. */
  label: string;
  /** Decimal places allowed after scaling (0 for counts; money is parsed to fen, so 2 decimals of a yuan). */
  scale: 0 | 2;
  /** Largest value accepted, in the result's unit (count, or fen). */
  max: number;
  /** The limit as readers see it, for the message. */
  maxText: string;
}

/** Parses a non-negative decimal into an integer scaled by 10^scale, without floating-point arithmetic. */
function parseScaled(raw: unknown, o: NumberOptions): Parsed<number> {
  const wholeOnly = o.scale === 0;
  const notNumber: Parsed<number> = { ok: false, message: `${o.label}请填写数字，例如 4000 或 1.5万` };
  let text: string;
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) return notNumber;
    if (!Number.isFinite(raw)) return { ok: false, message: `${o.label}不是有限的数字` };
    if (raw < 0) return { ok: false, message: `${o.label}不能为负数` };
    if (raw > o.max) return { ok: false, message: `${o.label}不能超过${o.maxText}` };
    text = String(raw);
    // 1e-7 and similar: a decimal too small for the field
    if (/e/i.test(text)) return { ok: false, message: wholeOnly ? `${o.label}请填写整数` : `${o.label}最多保留两位小数（到分）` };
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
  if (!wholeOnly) s = s.replace(/元$/, '');
  if (/^-/.test(s)) return { ok: false, message: `${o.label}不能为负数` };
  if (/^[+]?(nan)$/i.test(s)) return notNumber;
  if (/^[+]?(infinity|∞)/i.test(s)) return { ok: false, message: `${o.label}不是有限的数字` };
  const m = /^\+?([0-9][0-9,]*)(?:\.([0-9]+))?(万)?$/.exec(s);
  if (!m) return notNumber;
  const grouped = m[1] ?? '';
  if (grouped.includes(',') && !/^[0-9]{1,3}(,[0-9]{3})+$/.test(grouped)) {
    return { ok: false, message: `${o.label}的千位分隔符位置不对，例如 1,200,000` };
  }
  const intDigits = grouped.replace(/,/g, '');
  const frac = m[2] ?? '';
  const shift = o.scale + (m[3] ? 4 : 0);
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

function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && fullWidthToAscii(raw).trim() === '');
}

/** A whole number of persons, studios…: `４０００`, `1,200`, `1.5万` → 15000. Rejects decimals. */
export function parseCount(raw: unknown, label: string, max: number = MAX_COUNT): Parsed<number> {
  return parseScaled(raw, { label, scale: 0, max, maxText: `${max}` });
}

/** An amount of money typed in yuan, returned in fen (分): `1,200,000.5` → 120000050, `120万` → 1200000000. */
export function parseYuanToFen(raw: unknown, label: string, maxYuan: number = MAX_YUAN): Parsed<number> {
  return parseScaled(raw, { label, scale: 2, max: maxYuan * 100, maxText: maxYuan === MAX_YUAN ? '1万亿元' : `${maxYuan}元` });
}

/**
 * A calendar date: `2024-03-11`, `2024-3-11`, `2024/3/11`, `2024.3.11`, `2024年3月11日` (also with full-width digits)
 * → `2024-03-11`. Years 1900–2200; the date must exist (no 2023-02-29).
 */
export function parseDate(raw: unknown, label: string): Parsed<string> {
  if (isBlank(raw)) return { ok: false, message: `请填写${label}` };
  const bad: Parsed<string> = { ok: false, message: `${label}请按“2024-03-11”或“2024年3月11日”的格式填写` };
  if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) return bad;
  const s = fullWidthToAscii(raw).replace(/[\s\u3000]/g, '');
  const m = /^([0-9]{4})(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日?)$/.exec(s);
  if (!m) return bad;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (year < 1900 || year > 2200) return { ok: false, message: `${label}的年份应在1900年到2200年之间` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${label}不是一个存在的日期` };
  }
  return { ok: true, value: isoDate(year, month, day) };
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 2024, 3, 11 → "2024-03-11". */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Yes/no as forms and URLs send it: true/false, "true"/"false", "yes"/"no", "1"/"0", "on", "是"/"否". */
export function parseYesNo(raw: unknown, label: string): Parsed<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'string' && raw.length <= MAX_RAW_LENGTH) {
    const s = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on', '是', 'y'].includes(s)) return { ok: true, value: true };
    if (['false', 'no', '0', 'off', '否', 'n'].includes(s)) return { ok: true, value: false };
  }
  return { ok: false, message: `${label}请回答“是”或“否”` };
}

/**
 * A field parser: one raw value as typed (string, number, undefined…) → its value, or a Chinese message that
 * names the field. Never throws.
 */
export type Field<T> = (raw: unknown) => Parsed<T>;

/** The value a field parser yields. */
export type FieldValue<F> = F extends Field<infer T> ? T : never;

/** The parsed object of a record of fields. */
export type FieldsOutput<F extends Record<string, Field<unknown>>> = { [K in keyof F]: FieldValue<F[K]> };

/** A check across fields, run once every field is valid; returns messages by field, or nothing. */
export type CrossFieldCheck<T> = (value: T) => FieldErrors | undefined;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const message = (text: string): Parsed<never> => ({ ok: false, message: text });

/** Leaves the field's result as is, except that an empty answer yields `empty`. */
function orIfBlank<T, E>(field: Field<T>, empty: E): Field<T | E> {
  return (raw) => (isBlank(raw) ? ok(empty) : field(raw));
}

/** A required whole number (count). */
export function countField(label: string, max: number = MAX_COUNT): Field<number> {
  return (raw) => parseCount(raw, label, max);
}

/** A whole number where an empty answer means 0 (e.g. a count nobody typed in a three-count form). */
export function countFieldOrZero(label: string, max: number = MAX_COUNT): Field<number> {
  return orIfBlank(countField(label, max), 0);
}

/** An optional whole number (undefined when not answered). */
export function optionalCountField(label: string, max: number = MAX_COUNT): Field<number | undefined> {
  return orIfBlank(countField(label, max), undefined);
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

/** A required date, output as ISO `YYYY-MM-DD`. */
export function dateField(label: string): Field<string> {
  return (raw) => parseDate(raw, label);
}

/** An optional date (undefined when not answered). */
export function optionalDateField(label: string): Field<string | undefined> {
  return orIfBlank(dateField(label), undefined);
}

/** An optional yes/no answer (undefined when not answered). */
export function optionalYesNoField(label: string): Field<boolean | undefined> {
  return orIfBlank((raw: unknown) => parseYesNo(raw, label), undefined);
}

/** One of the listed choices (values are stable ids); required. */
export function choiceField<const T extends readonly [string, ...string[]]>(label: string, values: T): Field<T[number]> {
  return (raw) => {
    if (isBlank(raw)) return message(`请选择${label}`);
    if (typeof raw === 'string' && (values as readonly string[]).includes(raw.trim())) return ok(raw.trim() as T[number]);
    return message(`${label}请从列出的选项中选择`);
  };
}

/** One of the listed choices, or undefined when not answered. */
export function optionalChoiceField<const T extends readonly [string, ...string[]]>(label: string, values: T): Field<T[number] | undefined> {
  return orIfBlank(choiceField(label, values), undefined);
}

/**
 * A list of choices, given as an array or as one comma-separated string (`a,b`, the URL form); duplicates
 * removed, order of `values` kept. Undefined when not answered; an empty list is an answer ("none").
 */
export function optionalChoiceListField<const T extends readonly [string, ...string[]]>(label: string, values: T): Field<T[number][] | undefined> {
  return (raw) => {
    if (raw === undefined || raw === null) return ok(undefined);
    let items: unknown[];
    if (typeof raw === 'string') {
      if (raw.length > 1000) return message(`${label}太长`);
      items = raw.split(/[,，、]/).map((x) => x.trim()).filter((x) => x !== '');
    } else if (Array.isArray(raw)) {
      if (raw.length > 100) return message(`${label}选项太多`);
      items = [...raw];
    } else {
      return message(`${label}请从列出的选项中选择`);
    }
    const known = values as readonly string[];
    for (const item of items) {
      if (typeof item !== 'string' || !known.includes(item)) return message(`${label}中有未列出的选项`);
    }
    return ok(values.filter((v) => items.includes(v)));
  };
}

/** The message for input that is not a set of fields at all (a number, a list, null). */
export const NOT_A_FORM_MESSAGE = '输入应为一组填写项（表单或网址参数）';
/** The message for input that cannot be read (a throwing getter, a hostile proxy). */
export const UNREADABLE_MESSAGE = '输入无法读取，请重新填写';

/**
 * Validates untrusted input (a form's values, or any object) field by field and never throws: the first message
 * of each bad field, keyed by field; keys not listed are ignored. `check` runs only once every field is valid.
 */
export function parseFields<F extends Record<string, Field<unknown>>>(
  fields: F,
  input: unknown,
  check?: CrossFieldCheck<FieldsOutput<F>>,
): Outcome<FieldsOutput<F>> {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: { [FORM_ERROR_KEY]: NOT_A_FORM_MESSAGE } };
    }
    const source = input as Record<string, unknown>;
    const value: Record<string, unknown> = {};
    const errors: FieldErrors = {};
    for (const key of Object.keys(fields)) {
      const r = fields[key]!(source[key]);
      if (r.ok) value[key] = r.value;
      else errors[key] = r.message;
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    const parsed = value as FieldsOutput<F>;
    const crossErrors = check?.(parsed);
    return crossErrors && Object.keys(crossErrors).length > 0 ? { ok: false, errors: crossErrors } : { ok: true, value: parsed };
  } catch {
    return { ok: false, errors: { [FORM_ERROR_KEY]: UNREADABLE_MESSAGE } };
  }
}
