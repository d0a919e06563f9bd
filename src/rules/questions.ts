/**
 * 问卷由条件决定: which questions the checker asks, and when, derived from the benefit declarations — never restated.
 *
 * A question exists for a kind of profile when a condition of one of its benefits reads the field (or a benefit uses it
 * to compute an amount). It is shown for the answers so far when some answer to it (or leaving it empty) changes the
 * result of at least one benefit: its status or the marks of its conditions, unless the benefit is refused whatever
 * the answer. Pure; tried on a few sample answers per field.
 */
import { HONOURS } from './articles/16/calculator';
import { conditionsFor, type BenefitDeclaration } from './benefit';
import { evaluateBenefit, benefitsFor } from './evaluate-profile';
import {
  EDUCATIONS,
  ORGANISATION_TYPES,
  PLACINGS,
  SKILL_LEVELS,
  TRAINING_PROJECTS,
  type ProfileKind,
} from './profile-fields';
import type { Profile, ProfileField } from './profile';

type Sample = Profile[ProfileField];

/** Answers tried for each field (parsed values); `undefined` (not answered) is always tried too. */
const SAMPLES: Record<Exclude<ProfileField, 'kind' | 'asOf'>, readonly Sample[]> = {
  skillLevel: SKILL_LEVELS,
  advancedCertificateDate: ['1990-01-01', '2999-12-31'],
  education: EDUCATIONS,
  trainingProject: TRAINING_PROJECTS,
  competitionPlacing: PLACINGS,
  honours: [[], ...HONOURS.map((h) => [h])],
  newlyIntroduced: [true, false],
  startingBusiness: [true, false],
  frontline: [true, false],
  employed: [true, false],
  outstandingContribution: [true, false],
  organisationType: ORGANISATION_TYPES,
  leadingEnterprise: [true, false],
  newStudios: [0, 1],
  wages: [0, 100_000_000],
  educationSpending: [0, 1_000_000],
  frontlineSpending: [0, 1_000_000],
  carriedOver: [0, 1_000_000],
};

export type QuestionField = keyof typeof SAMPLES;

const reads = (b: BenefitDeclaration, kind: ProfileKind): ProfileField[] =>
  conditionsFor(b, kind).flatMap((c) => [...c.reads]);

/** The questions that exist for a kind of profile: every field a condition reads or an amount uses. */
export function questionFields(kind: ProfileKind): Set<QuestionField> {
  const out = new Set<QuestionField>();
  for (const b of benefitsFor(kind))
    for (const f of [...reads(b, kind), ...(b.uses ?? [])]) if (f in SAMPLES) out.add(f as QuestionField);
  return out;
}

function signature(b: BenefitDeclaration, p: Profile): string {
  const r = evaluateBenefit(b, p);
  return r.status === 'not-eligible' ? r.status : `${r.status}:${r.conditions.map((c) => c.mark).join(',')}`;
}

/** Whether an answer to `field` can change a result, given the other answers in `p`. */
export function isAsked(field: QuestionField, p: Profile): boolean {
  const values: readonly Sample[] = [undefined, ...SAMPLES[field]];
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
