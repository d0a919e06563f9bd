/**
 * The checker's questions: each is a field of the rules module's profile, worded in its row of the field table
 * (src/rules/fields.ts), asked in short steps. Which questions are shown is the rules module's answer (isAsked: a
 * question is shown when an answer to it can change a result, derived from the conditions the articles declare); this
 * file only orders the fields into steps. A step with no question left is skipped.
 */
import { isAsked, profileFieldParsers, profileFieldTable, type FieldOption, type QuestionField } from '../rules';
import type { Profile, ProfileField } from '../rules';

/** The raw answers, as typed or chosen, by profile field. */
export type Answers = Partial<Record<ProfileField, string>>;

export type Option = FieldOption;

export interface Question {
  id: ProfileField;
  label: string;
  hint?: string;
  kind: 'one' | 'many' | 'text';
  options: readonly Option[];
  /** For text questions: the unit shown after the field and the keyboard to offer. */
  unit?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** 下一步 is refused until it is answered (the flow depends on it). */
  required?: boolean;
  /** How a notice names the question where the label does not read as a name (您是？ → 个人或单位). */
  name?: string;
}

export interface Step {
  title: string;
  questions: readonly Question[];
}

/** A field's question, as its row in the rules' field table words it. */
function question(id: ProfileField): Question {
  const r: (typeof profileFieldTable)[ProfileField] = profileFieldTable[id];
  const row: { hint?: string; name?: string; required?: boolean } = r;
  const input = r.input;
  return {
    id,
    label: r.question,
    ...(row.hint === undefined ? {} : { hint: row.hint }),
    ...(row.name === undefined ? {} : { name: row.name }),
    ...(row.required === undefined ? {} : { required: row.required }),
    kind: input.kind,
    options: input.kind === 'text' ? [] : input.options,
    ...(input.kind === 'text' ? { inputMode: input.inputMode, ...(input.unit ? { unit: input.unit } : {}) } : {}),
  };
}

const step = (title: string, ids: readonly ProfileField[]): Step => ({ title, questions: ids.map(question) });

export const kindQuestion: Question = question('kind');

const personSteps: readonly Step[] = [
  { title: '身份', questions: [kindQuestion] },
  step('技能等级', ['skillLevel', 'trainingProject', 'frontline', 'outstandingContribution']),
  step('学习与工作', ['education', 'advancedCertificateDate', 'startingBusiness', 'employed']),
  step('竞赛与荣誉', ['competitionPlacing', 'honours', 'newlyIntroduced']),
];

const organisationSteps: readonly Step[] = [
  { title: '身份', questions: [kindQuestion] },
  step('单位情况', ['organisationType', 'leadingEnterprise', 'newStudios']),
  step('职工教育经费（选填）', ['wages', 'educationSpending', 'frontlineSpending', 'carriedOver']),
];

/** The answers as the rules module reads them: each answer parsed on its own; an unusable one counts as unanswered. */
function profileOf(a: Answers): Profile | undefined {
  if (a.kind !== 'person' && a.kind !== 'organisation') return undefined;
  const p: Record<string, unknown> = { kind: a.kind };
  for (const [id, raw] of Object.entries(a) as [ProfileField, string | undefined][]) {
    if (id === 'kind' || raw === undefined || (raw === '' && id !== 'honours')) continue;
    const r = profileFieldParsers[id](raw);
    if (r.ok && r.value !== undefined) p[id] = r.value;
  }
  return p as Profile;
}

const profiles = new WeakMap<Answers, Profile | undefined>();
function cachedProfile(a: Answers): Profile | undefined {
  if (!profiles.has(a)) profiles.set(a, profileOf(a));
  return profiles.get(a);
}

/** Whether a question is asked for these answers: 个人/单位 always; any other when the rules say it can change a result. */
export function isShown(q: Question, a: Answers): boolean {
  if (q.id === 'kind') return true;
  const p = cachedProfile(a);
  return p !== undefined && q.id !== 'asOf' && isAsked(q.id as QuestionField, p);
}

/** The steps for these answers: a person's or an organisation's, without steps that have no question to ask. */
export function stepsFor(a: Answers): Step[] {
  const all = a.kind === 'organisation' ? organisationSteps : personSteps;
  // until 您是？ is answered nothing else can be judged: step 1 leads on with 下一步, which requires that answer
  if (cachedProfile(a) === undefined) return [...all];
  return all.filter((s) => s.questions.some((q) => isShown(q, a)));
}

/** Every question either flow can ask. */
export const allQuestions: readonly Question[] = [...personSteps, ...organisationSteps.slice(1)].flatMap(
  (s) => s.questions,
);

/** The Chinese message for a typed answer the rules module refuses, or undefined when it is fine (or empty). */
export function fieldError(id: ProfileField, raw: string): string | undefined {
  if (raw.trim() === '') return undefined;
  const r = profileFieldParsers[id](raw);
  return r.ok ? undefined : r.message;
}

/** The answers that count: shown for these answers, answered, and accepted by the rules module. */
export function effectiveAnswers(a: Answers): Answers {
  const out: Answers = {};
  for (const step of stepsFor(a)) {
    for (const q of step.questions) {
      const v = a[q.id];
      // an empty list of honours is an answer ("none of these"); an empty text field is not
      const answered = v !== undefined && (v !== '' || q.kind === 'many');
      if (answered && isShown(q, a) && fieldError(q.id, v) === undefined) out[q.id] = v;
    }
  }
  return out;
}
