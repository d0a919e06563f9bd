/**
 * A typed answer (an amount, a count) written back for 您的回答 and the examples: read with the field's own parser and
 * formatted, so "1200万" reads "1200 万元" and "70万元" reads "70 万元", never "1200万元元". The unit is part of the
 * formatted text; an answer the parser refuses is shown exactly as typed, with nothing appended.
 */
import { formatYuan } from './format';
import { formatFen } from './format-fen';
import { profileFieldParsers, profileFieldTable, type ProfileField } from './fields';

/**
 * An amount someone typed, in fen, written back the way they would say it: whole yuan as formatYuan writes them
 * ("1200 万元" for 1200万), fen only when there are any ("1,234.50 元"). The unit is part of the text: never append 元.
 */
export function formatAmountFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '—';
  return fen % 100 === 0 ? formatYuan(fen / 100) : formatFen(fen);
}

/** A typed answer as a reader writes it: money fields in 元/万元/亿元, counts with their counting word. */
export function typedAnswerText(field: ProfileField, raw: string): string {
  const r = profileFieldParsers[field](raw);
  if (!r.ok || typeof r.value !== 'number') return raw;
  const input = profileFieldTable[field].input;
  const unit = input.kind === 'text' ? input.unit : undefined;
  // money is typed in yuan and kept in fen (fields.ts); a count takes its counting word (第八条's 工作室: 个)
  if (unit === '元') return formatAmountFen(r.value);
  return unit === undefined ? raw : `${r.value} ${unit}`;
}
