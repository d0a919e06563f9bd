/**
 * 自查: which benefits of the measure apply to a person or an organisation. No zod here: the checker runs this in the
 * browser with the field parsers (evaluateAnswers); evaluate.ts adds `evaluate`, the same walk behind ProfileSchema.
 *
 * `evaluate(input)` (evaluate.ts) validates an untrusted profile (ProfileSchema) and walks the benefit declarations of the article
 * modules (catalog.ts) whose audience includes the profile's kind. For each benefit it marks every condition ✓ ✗ ?:
 * - a condition the article states is not met       → 暂不符合 (不符合), naming the condition and quoting its words;
 * - an answer is missing                            → 还需确认, naming the question;
 * - a reading of the site's does not hold           → 还需确认 with the reason (a reading never refuses);
 * - the benefit is deferred (按有关规定, 经评审认定, 鼓励, a selection, a payer not named) → 还需确认;
 * - otherwise                                       → 可以享受.
 * Bad input gives `ok: false` and a Chinese message per bad field. There is no catch-all: any other exception is a
 * bug, and the property tests must see it.
 */
import {
  amountParameterIds,
  amountText,
  benefitDeclarations,
  benefitKindLabels,
  conditionData,
  type BenefitId,
} from './catalog';
import { conditionsFor, type BenefitDeclaration, type Condition } from './benefit';
import { judge, type BenefitStatus } from './verdict';
import { parameters } from './parameters';
import { PROFILE_FIELDS, fieldsNotFor, profileQuestionLabels, type ProfileField } from './fields';
import { isUnsure } from './unsure';
import { parseProfile } from './profile-parse';
import type { Profile } from './profile';
import type { BenefitResult, ConditionResult, Evaluation } from './schemas';
import { useParameter } from './worked';
import { articleLabel } from './article-label';
import { levelAtLeast } from './skill-levels';
import type { FieldErrors } from './parse';

/** The result types live with their zod schemas in schemas.ts. */
export type { BenefitResult, ConditionResult, Evaluation } from './schemas';

/** Group headings as the site shows them. */
export const benefitStatusLabels: Record<BenefitStatus, string> = {
  eligible: '可以享受',
  'needs-confirmation': '还需确认',
  'not-eligible': '暂不符合',
};

/**
 * The question a condition still needs: the first field it reads that is not answered (`reads` lists the deciding
 * field first, e.g. 单位类型 before 是否龙头企业, so the named question is one the checker shows).
 */
function missingField(c: Condition, p: Profile): ProfileField | undefined {
  return c.reads.find((x) => p[x] === undefined);
}

/** The fields answered 不确定 in raw answers (a form's or a URL's): their parsers leave them unknown. */
export function unsureFields(input: unknown): ReadonlySet<ProfileField> {
  if (typeof input !== 'object' || input === null) return new Set();
  return new Set(
    PROFILE_FIELDS.filter((f) => Object.hasOwn(input, f) && isUnsure((input as Record<string, unknown>)[f])),
  );
}

const quoted = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join('');

/** One benefit for one profile: its conditions judged (benefit.ts's judge, which the calculators share), worded. */
export function evaluateBenefit(
  b: BenefitDeclaration,
  p: Profile,
  unsure: ReadonlySet<ProfileField> = new Set(),
): BenefitResult {
  const conditions = conditionsFor(b, p.kind);
  const v = judge(conditions, b.deferred, p);
  const marks: (ConditionResult & { field: ProfileField | undefined })[] = conditions.map((c, i) => {
    const mark = v.marks[i] ?? 'unknown';
    const f = mark === 'unknown' ? missingField(c, p) : undefined;
    return { ...conditionData(c), mark, questions: f === undefined ? [] : [profileQuestionLabels[f]], field: f };
  });
  const article = b.articles[0] ?? 0;
  const status = v.status;
  let reason: string;
  let grant: ReturnType<NonNullable<BenefitDeclaration['granted']>> = {};
  if (status === 'not-eligible') {
    const c = v.failed as Condition;
    reason = `不符合“${c.text}”。${articleLabel(article)}原文：“${c.words}”。`;
    const change = c.change?.(p);
    if (change) grant = { whatWouldChange: change };
  } else {
    grant = b.granted?.(p) ?? {};
    if (marks.some((m) => m.mark === 'unknown')) {
      const fields = [...new Set(marks.flatMap((m) => (m.field === undefined ? [] : [m.field])))];
      const open = fields.filter((f) => !unsure.has(f)).map((f) => profileQuestionLabels[f]);
      const doubt = fields.filter((f) => unsure.has(f)).map((f) => profileQuestionLabels[f]);
      reason =
        (open.length > 0 ? `还没有回答${quoted(open)}，回答后才能判断。` : '') +
        (doubt.length > 0 ? `您对${quoted(doubt)}选了“不确定”，确认后才能判断。` : '') +
        (grant.reason ?? '');
    } else if (v.failed !== undefined) {
      const r = v.failed;
      reason = `“${r.text}”是本站的理解，不是办法的原话，不能据此认定不符合：${r.reading}${grant.reason ?? ''}`;
    } else if (b.deferred !== undefined) {
      reason = `${grant.reason ?? ''}${b.deferred}`;
    } else {
      reason = grant.reason ?? `符合${articleLabel(article)}写明的条件。`;
    }
  }
  // a refused benefit asks nothing: its unanswered conditions stay “?” without naming a question
  const shown = marks.map(({ field: _field, ...m }) => (status === 'not-eligible' ? { ...m, questions: [] } : m));
  return {
    id: b.id as BenefitId,
    title: b.title,
    articles: [...b.articles],
    kind: b.kind,
    kindLabel: benefitKindLabels[b.kind],
    status,
    amountYuan: grant.amountYuan ?? null,
    amountText: grant.amountText ?? amountText(b.amount),
    reason,
    arithmetic: grant.arithmetic ?? [],
    parameters: amountParameterIds(b.amount).map((id) => useParameter(parameters[id])),
    quote: b.quote,
    whatWouldChange: grant.whatWouldChange ?? null,
    notSaid: [...(grant.notSaid ?? []), ...b.notSaid],
    conditions: shown,
    conditionsMet: marks.filter((m) => m.mark === 'met').length,
  };
}

/** The result for answers that could not be used: the messages by field, no benefits. */
export function failedEvaluation(errors: FieldErrors): Evaluation {
  return {
    ok: false,
    errors,
    notices: [],
    kind: null,
    eligible: [],
    needsConfirmation: [],
    notEligible: [],
    alreadyHeld: [],
  };
}

/** The benefits declared for this kind of profile. */
export function benefitsFor(kind: Profile['kind']): readonly BenefitDeclaration[] {
  return benefitDeclarations.filter((b: BenefitDeclaration) => b.audience.types.includes(kind));
}

/** 自查 on an already validated profile. */
export function evaluateProfile(p: Profile, unsure: ReadonlySet<ProfileField> = new Set()): Evaluation {
  const who = p.kind === 'person' ? '个人' : '单位';
  const notices = fieldsNotFor(p.kind)
    .filter((f) => p[f] !== undefined)
    .map((f) => ({ field: f, message: `“${profileQuestionLabels[f]}”与${who}自查无关，已忽略。` }));
  const all = benefitsFor(p.kind).map((b) => ({ b, r: evaluateBenefit(b, p, unsure) }));
  // a step the person has already passed (a level held) is no gain: apart, whatever its status but a refusal
  const held = ({ b, r }: (typeof all)[number]) =>
    r.status !== 'not-eligible' && b.reaches !== undefined && levelAtLeast(p.skillLevel, b.reaches) === true;
  const results = all.filter((x) => !held(x)).map((x) => x.r);
  return {
    ok: true,
    errors: {},
    notices,
    kind: p.kind,
    eligible: results.filter((r) => r.status === 'eligible'),
    needsConfirmation: results.filter((r) => r.status === 'needs-confirmation'),
    notEligible: results.filter((r) => r.status === 'not-eligible'),
    alreadyHeld: all.filter(held).map((x) => x.r),
  };
}

/**
 * 自查 on untrusted answers read with the profile's own field parsers (fields.ts, profile-parse.ts), without zod: what the
 * checker runs in the browser. The same fields, messages and result as `evaluate` (test/rules/evaluate.test.ts).
 */
export function evaluateAnswers(input: unknown): Evaluation {
  const parsed = parseProfile(input);
  return parsed.ok ? evaluateProfile(parsed.value as Profile, unsureFields(input)) : failedEvaluation(parsed.errors);
}
