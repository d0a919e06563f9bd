/**
 * 自查问卷的解析: the profile read with its fields' parsers (fields.ts, no zod) and the checks across fields.
 * profile.ts builds the zod ProfileSchema from exactly these; the checker in the browser reads its answers and its URL
 * with them directly (parseProfile), so the page ships no zod (test/site/calculator-js.test.ts counts the bytes).
 */
import { parseFields, type FieldErrors, type FieldsOutput, type Outcome } from './parse/index';
import { profileFieldParsers, profileQuestionLabels as L } from './fields';

/** The profile as its fields parse it (profile.ts's Profile is the same, as zod types it). */
type ParsedProfile = FieldsOutput<typeof profileFieldParsers>;

/** The checks across fields, run once every field is valid: messages by field, or nothing. */
export function profileCrossFieldErrors(p: ParsedProfile): FieldErrors | undefined {
  const errors: FieldErrors = {};
  if (
    p.frontlineSpending !== undefined &&
    p.educationSpending !== undefined &&
    p.frontlineSpending > p.educationSpending
  )
    errors['frontlineSpending'] = `${L.frontlineSpending}不能大于${L.educationSpending}`;
  if (p.advancedCertificateDate !== undefined && p.asOf !== undefined && p.advancedCertificateDate > p.asOf)
    errors['advancedCertificateDate'] = `${L.advancedCertificateDate}不能晚于${L.asOf}`;
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/**
 * An untrusted profile (a form's or a URL's raw answers, or any object) → the profile, or Chinese messages by field;
 * never throws. Unanswered fields are left out, as ProfileSchema leaves them out.
 */
export function parseProfile(input: unknown): Outcome<ParsedProfile> {
  const r = parseFields(profileFieldParsers, input, profileCrossFieldErrors);
  if (!r.ok) return r;
  const value = Object.fromEntries(Object.entries(r.value).filter(([, v]) => v !== undefined));
  return { ok: true, value: value as ParsedProfile };
}
