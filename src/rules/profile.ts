/**
 * 自查问卷: the profile `evaluate` reads, one flat object so a short step-by-step form and a URL query can both
 * carry it. Only questions that change a result are asked; every answer except `kind` may be left out (a missing
 * answer puts the benefits that depend on it in 还需确认). Fields for the other kind are ignored.
 */
import { z } from 'zod/mini';
import { profileCrossFieldErrors } from './profile-parse';
import { profileFieldParsers } from './fields';
import { zodField } from './zod-field';
import type { Field, FieldValue } from './parse';

export * from './profile-fields';

type Parsers = typeof profileFieldParsers;
/** Each field parser of fields.ts as a zod schema, key by key (the same fields, the same messages). */
const shape = Object.fromEntries(
  Object.entries(profileFieldParsers).map(([key, field]) => [key, zodField(field as Field<unknown>)]),
) as unknown as { [K in keyof Parsers]: ReturnType<typeof zodField<FieldValue<Parsers[K]>>> };

export const ProfileSchema = z.object(shape).check(
  z.superRefine((p, ctx) => {
    for (const [field, message] of Object.entries(profileCrossFieldErrors(p) ?? {})) {
      ctx.addIssue({ code: 'custom', path: [field], message, input: p[field as keyof typeof p] });
    }
  }),
);

/** A validated profile (amounts in fen, dates ISO). */
export type Profile = z.output<typeof ProfileSchema>;
export { PROFILE_FIELDS, type ProfileField } from './fields';
