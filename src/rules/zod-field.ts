/**
 * The field parsers of parse.ts as zod schemas, for the checker: its answers arrive in the URL query, and every
 * URL query is parsed with zod. zod/mini, the tree-shakable build: the checker ships a few KB of zod instead of
 * the full library's 40. Calculators do not use this module (they call parseFields), so their pages ship no zod.
 */
import { z } from 'zod/mini';
import {
  FORM_ERROR_KEY,
  NOT_A_FORM_MESSAGE,
  UNREADABLE_MESSAGE,
  type Field,
  type FieldErrors,
  type Outcome,
} from './parse';

/** A field parser as a zod schema: its Chinese message becomes a custom issue. */
export function zodField<T>(field: Field<T>) {
  // optional(): a missing key reaches the field as undefined (zod 4 reports a missing key otherwise)
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((raw, ctx): T => {
      const r = field(raw);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.message, input: raw });
      return z.NEVER;
    }),
  );
}

/**
 * Turns zod issues into Chinese field messages: the first message per top-level field. Our fields already write
 * Chinese messages; zod's own issues (wrong shape of the whole input, an unexpected type) get a Chinese message
 * here, so nothing English reaches a reader.
 */
export function fieldErrors(error: z.core.$ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const head = issue.path[0];
    const key = head === undefined ? FORM_ERROR_KEY : String(head);
    if (key in out) continue;
    out[key] = issue.code === 'custom' ? issue.message : genericMessage(issue.code, key);
  }
  if (Object.keys(out).length === 0) out[FORM_ERROR_KEY] = '输入无法识别，请检查后重试';
  return out;
}

function genericMessage(code: string, key: string): string {
  if (key === FORM_ERROR_KEY) return NOT_A_FORM_MESSAGE;
  switch (code) {
    case 'invalid_type':
      return `“${key}”的填写格式不对`;
    case 'invalid_value':
      return `“${key}”请从列出的选项中选择`;
    default:
      return `“${key}”的填写有误`;
  }
}

/**
 * Validates untrusted input with a schema and never throws: hostile objects (throwing getters, proxies) are
 * reported as a form error instead of escaping.
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Outcome<z.output<S>> {
  try {
    const r = schema.safeParse(input);
    return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
  } catch {
    return { ok: false, errors: { [FORM_ERROR_KEY]: UNREADABLE_MESSAGE } };
  }
}
