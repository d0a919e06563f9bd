/**
 * A typed answer (an amount, a count) written back for 您的回答 and the examples: read with the field's own parser and
 * formatted, so "1200万" reads "1200 万元" and "70万元" reads "70 万元", never "1200万元元". The unit is part of the
 * formatted text; an answer the parser refuses is shown exactly as typed, with nothing appended.
 */
import { formatFen, formatYuan } from './format';
import { profileFieldParsers } from './profile-parse';
import { MONEY_FIELDS } from './profile-url';
import type { ProfileField } from './profile';

/**
 * An amount someone typed, in fen, written back the way they would say it: whole yuan as formatYuan writes them
 * ("1200 万元" for 1200万), fen only when there are any ("1,234.50 元"). The unit is part of the text: never append 元.
 */
export function formatAmountFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '—';
  return fen % 100 === 0 ? formatYuan(fen / 100) : formatFen(fen);
}

/** The counting word of each count field (第八条's 工作室: 个). */
const COUNT_UNITS: Partial<Record<ProfileField, string>> = { newStudios: '个' };

/** A typed answer as a reader writes it: money fields in 元/万元/亿元, counts with their counting word. */
export function typedAnswerText(field: ProfileField, raw: string): string {
  const r = profileFieldParsers[field](raw);
  if (!r.ok || typeof r.value !== 'number') return raw;
  if (MONEY_FIELDS.includes(field)) return formatAmountFen(r.value);
  const unit = COUNT_UNITS[field];
  return unit === undefined ? raw : `${r.value} ${unit}`;
}
