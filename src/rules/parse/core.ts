/**
 * What every field parser shares: the result types, full-width → ASCII, blank answers, and `parseFields`, which
 * runs a record of fields over untrusted input. See index.ts for what is accepted.
 */
/** Field name → a Chinese message that names the field. `_form` is the key for problems with the input as a whole. */
export type FieldErrors = Record<string, string>;

/** What every calculator returns: a value, or Chinese messages per field. Never thrown. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The key of a message about the whole input rather than one field. */
export const FORM_ERROR_KEY = '_form';

/** Result of parsing one raw value. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Longest raw text we look at; longer input is rejected before any work. */
export const MAX_RAW_LENGTH = 64;

/** Full-width digits and punctuation (４０００，１．５) → ASCII, so every parser sees one alphabet. */
export function fullWidthToAscii(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。]/g, '.')
    .replace(/[，、]/g, ',')
    .replace(/[－−–—]/g, '-')
    .replace(/[／]/g, '/')
    .replace(/[＋]/g, '+');
}

/** Nothing typed: undefined, null, or only spaces. */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && fullWidthToAscii(raw).trim() === '');
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

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const message = (text: string): Parsed<never> => ({ ok: false, message: text });

/** Leaves the field's result as is, except that an empty answer yields `empty`. */
export function orIfBlank<T, E>(field: Field<T>, empty: E): Field<T | E> {
  return (raw) => (isBlank(raw) ? ok(empty) : field(raw));
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
    return crossErrors && Object.keys(crossErrors).length > 0
      ? { ok: false, errors: crossErrors }
      : { ok: true, value: parsed };
  } catch {
    return { ok: false, errors: { [FORM_ERROR_KEY]: UNREADABLE_MESSAGE } };
  }
}
