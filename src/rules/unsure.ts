/**
 * 不确定: a real answer to a question a reader may not be able to answer (fields.ts offers it on some questions). A
 * module of its own, outside parse/, so no calculator's shared chunk of parsers carries it.
 */
import { ok, type Field } from './parse/core';

/** The answer 不确定, as forms and URLs send it. */
export const UNSURE = 'unsure';

/** Whether a raw answer is 不确定. */
export const isUnsure = (raw: unknown): boolean =>
  typeof raw === 'string' && (raw.trim() === UNSURE || raw.trim() === '不确定');

/**
 * A field that admits 不确定 as a real answer: it leaves the value unknown, so the conditions that read it stay “?”
 * and their benefits 还需确认, never 可以享受 or 暂不符合.
 */
export function orUnsure<T>(field: Field<T>): Field<T | undefined> {
  return (raw) => (isUnsure(raw) ? ok(undefined) : field(raw));
}
