/** Calendar dates as people type them: `2024-3-11`, `2024/3/11`, `2024年3月11日`. */
import { isBlank, fullWidthToAscii, MAX_RAW_LENGTH, orIfBlank, type Field, type Parsed } from './core';

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

/** A required date, output as ISO `YYYY-MM-DD`. */
export function dateField(label: string): Field<string> {
  return (raw) => parseDate(raw, label);
}

/** An optional date (undefined when not answered). */
export function optionalDateField(label: string): Field<string | undefined> {
  return orIfBlank(dateField(label), undefined);
}
