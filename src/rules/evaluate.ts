/**
 * 自查: `evaluate(input)` validates an untrusted profile with zod (ProfileSchema) and walks the benefit declarations
 * (evaluate-profile.ts, which also holds everything else exported here).
 */
import { parseWith } from './zod-field';
import { ProfileSchema } from './profile';
import { evaluateProfile, failedEvaluation, unsureFields, type Evaluation } from './evaluate-profile';

export * from './evaluate-profile';

/**
 * 自查: an untrusted profile → the benefits grouped into 可以享受 / 还需确认 / 暂不符合.
 * Bad input gives `ok: false` and a Chinese message per bad field.
 */
export function evaluate(input: unknown): Evaluation {
  const parsed = parseWith(ProfileSchema, input);
  return parsed.ok ? evaluateProfile(parsed.value, unsureFields(input)) : failedEvaluation(parsed.errors);
}
