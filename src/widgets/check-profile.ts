/**
 * The checker's questions: each is a field of the rules module's profile, worded in its row of the field table
 * (src/rules/fields.ts), asked in short steps. Which questions are shown is the rules module's answer (isAsked: a
 * question is shown when an answer to it can change a result, derived from the conditions the articles declare); this
 * file only orders the fields into steps. A step with no question left is skipped.
 */
import {
  isAsked,
  parseProfile,
  profileFieldParsers,
  profileFieldTable,
  typedAnswerText,
  type FieldOption,
  type QuestionField,
} from '../rules';
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

/** Whether a question has an answer: an empty list of honours is one ("none of these"), an empty text is not. */
export function isAnswered(q: Question, a: Answers): boolean {
  const v = a[q.id];
  return v !== undefined && (v !== '' || q.kind === 'many');
}

/**
 * The steps for these answers: a person's or an organisation's, without steps that have nothing to ask or show (a
 * step with an answer is kept, so no answer is ever out of reach).
 */
export function stepsFor(a: Answers): Step[] {
  const all = a.kind === 'organisation' ? organisationSteps : personSteps;
  // until 您是？ is answered nothing else can be judged: step 1 leads on with 下一步, which requires that answer
  if (cachedProfile(a) === undefined) return [...all];
  return all.filter((s) => s.questions.some((q) => isShown(q, a) || isAnswered(q, a)));
}

/** Every question either flow can ask. */
export const allQuestions: readonly Question[] = [...personSteps, ...organisationSteps.slice(1)].flatMap(
  (s) => s.questions,
);

/** The questions of this kind's flow (个人/单位 included). */
function kindQuestions(a: Answers): Question[] {
  return (a.kind === 'organisation' ? organisationSteps : personSteps).flatMap((s) => s.questions);
}

/** The Chinese message for a typed answer the rules module refuses, or undefined when it is fine (or empty). */
export function fieldError(id: ProfileField, raw: string): string | undefined {
  if (raw.trim() === '') return undefined;
  const r = profileFieldParsers[id](raw);
  return r.ok ? undefined : r.message;
}

/**
 * The answers that count: every answer to a question of this kind's flow that the rules module accepts. An answer to
 * a question another answer has made irrelevant still counts (it cannot change the result, by isShown's definition,
 * and counts again when the other answer changes); an answer for the other kind, or a refused one, does not.
 */
export function effectiveAnswers(a: Answers): Answers {
  const out: Answers = {};
  for (const q of kindQuestions(a)) {
    const v = a[q.id];
    if (v !== undefined && isAnswered(q, a) && fieldError(q.id, v) === undefined) out[q.id] = v;
  }
  return out;
}

/** The answers the URL keeps: every answer of this kind's flow as given, refused ones too (never dropped). */
export function givenAnswers(a: Answers): Answers {
  const out: Answers = {};
  for (const q of kindQuestions(a)) {
    const v = a[q.id];
    if (v !== undefined && isAnswered(q, a)) out[q.id] = v;
  }
  return out;
}

/** The questions a step shows when it opens: those that can change a result, and those already answered. */
export function openQuestionIds(step: Step, a: Answers): ProfileField[] {
  return step.questions.filter((q) => isShown(q, a) || isAnswered(q, a)).map((q) => q.id);
}

/**
 * The step's questions after `answered` was answered (`next`): none is removed, and questions the answer makes
 * relevant are inserted right below it (never above the one being answered), in the step's order.
 */
export function questionIdsAfterAnswer(
  step: Step,
  shown: readonly ProfileField[],
  answered: ProfileField,
  next: Answers,
): { ids: ProfileField[]; added: Question[] } {
  const added = step.questions.filter((q) => !shown.includes(q.id) && isShown(q, next));
  const at = shown.indexOf(answered);
  const cut = at < 0 ? shown.length : at + 1;
  return { ids: [...shown.slice(0, cut), ...added.map((q) => q.id), ...shown.slice(cut)], added };
}

/** A question's error as the error summary lists it. */
export interface StepError {
  id: ProfileField;
  message: string;
}

/** The message at a required question left unanswered: 请先回答这个问题：选择个人或单位。 */
export function requiredMessage(q: Question): string {
  return q.options.length > 0
    ? `请先回答这个问题：选择${q.options.map((o) => o.label).join('或')}。`
    : '请先回答这个问题。';
}

/**
 * What stops 下一步 / 查看结果 on a step: a required question unanswered, an answer the rules module refuses, or
 * answers that contradict each other (一线支出 > 本年支出; a certificate dated after `asOf`), in the step's order.
 */
export function stepErrors(questions: readonly Question[], a: Answers, asOf: string): StepError[] {
  const out: StepError[] = [];
  const across = parseProfile({ ...effectiveAnswers(a), asOf });
  for (const q of questions) {
    const v = a[q.id];
    const message =
      q.required && (v ?? '') === ''
        ? requiredMessage(q)
        : v !== undefined && q.kind === 'text'
          ? (fieldError(q.id, v) ?? (across.ok ? undefined : across.errors[q.id]))
          : v !== undefined && v !== '' && q.kind !== 'text'
            ? fieldError(q.id, v)
            : undefined;
    if (message !== undefined) out.push({ id: q.id, message });
  }
  return out;
}

/** One line of 您的回答: the question, the answer as given, and whether this result used it. */
export interface AnswerRow {
  id: ProfileField;
  question: string;
  text: string;
  /** false: another answer makes it irrelevant, or it was refused: shown as 本次结果未用到. */
  used: boolean;
}

/** 您的回答: every answer given to this kind's questions, in the flow's order; none is left out. */
export function answerRows(a: Answers): AnswerRow[] {
  const counted = effectiveAnswers(a);
  return kindQuestions(a)
    .filter((q) => isAnswered(q, a))
    .map((q) => {
      const v = a[q.id] ?? '';
      const valid = counted[q.id] !== undefined;
      const text = !valid
        ? (fieldError(q.id, v) ?? '')
        : q.kind === 'text'
          ? typedAnswerText(q.id, v)
          : v === ''
            ? '都没有'
            : v
                .split(',')
                .map((x) => q.options.find((o) => o.value === x)?.label ?? x)
                .join('、');
      return { id: q.id, question: q.label.replace(/（.*?）/g, ''), text, used: valid && isShown(q, a) };
    });
}
