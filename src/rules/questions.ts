/**
 * 问卷由条件决定: which questions the checker asks, and when, derived from the benefit declarations — never restated.
 *
 * A question exists for a kind of profile when a condition of one of its benefits reads the field (or a benefit uses it
 * to compute an amount). It is shown for the answers so far when some answer to it (or leaving it empty) changes the
 * result of at least one benefit: its status or the marks of its conditions, unless the benefit is refused whatever
 * the answer. Pure; tried on the sample answers of each field's row in fields.ts.
 */
import { conditionsFor, type BenefitDeclaration } from './benefit';
import { evaluateBenefit, benefitsFor } from './evaluate-profile';
import { PROFILE_FIELDS, fieldSamples, type ProfileField } from './fields';
import type { ProfileKind } from './profile-fields';
import type { Profile } from './profile';

type Sample = Profile[ProfileField];

/** The fields a question can ask: every field but 个人/单位 (always asked) and the date (never asked). */
export type QuestionField = Exclude<ProfileField, 'kind' | 'asOf'>;
const isQuestionField = (f: string): f is QuestionField =>
  f !== 'kind' && f !== 'asOf' && (PROFILE_FIELDS as readonly string[]).includes(f);

const reads = (b: BenefitDeclaration, kind: ProfileKind): ProfileField[] =>
  conditionsFor(b, kind).flatMap((c) => [...c.reads]);

/** The questions that exist for a kind of profile: every field a condition reads or an amount uses. */
export function questionFields(kind: ProfileKind): Set<QuestionField> {
  const out = new Set<QuestionField>();
  for (const b of benefitsFor(kind))
    for (const f of [...reads(b, kind), ...(b.uses ?? [])]) if (isQuestionField(f)) out.add(f);
  return out;
}

function signature(b: BenefitDeclaration, p: Profile): string {
  const r = evaluateBenefit(b, p);
  return r.status === 'not-eligible' ? r.status : `${r.status}:${r.conditions.map((c) => c.mark).join(',')}`;
}

/** Whether an answer to `field` can change a result, given the other answers in `p`. */
export function isAsked(field: QuestionField, p: Profile): boolean {
  const values = [undefined, ...fieldSamples(field)] as readonly Sample[];
  for (const b of benefitsFor(p.kind)) {
    if (reads(b, p.kind).includes(field)) {
      const seen = new Set(values.map((v) => signature(b, { ...p, [field]: v })));
      if (seen.size > 1) return true;
    }
    if (b.uses?.includes(field) && evaluateBenefit(b, { ...p, [field]: undefined }).status !== 'not-eligible')
      return true;
  }
  return false;
}

/** The questions to show for these answers. */
export function askedFields(p: Profile): Set<QuestionField> {
  return new Set([...questionFields(p.kind)].filter((f) => isAsked(f, p)));
}
