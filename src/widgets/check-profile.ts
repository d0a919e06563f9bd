/**
 * The checker's questions: each is a field of the rules module's profile (profile-parse.ts), asked in short steps. Which questions
 * are shown is the rules module's answer (askedFields: a question is shown when an answer to it can change a result,
 * derived from the conditions the articles declare); this file only words and orders them. A step with no question
 * left is skipped. Labels of choices come from the rules module.
 */
import { HONOURS, honourLabels } from '../rules/art16-titles';
import { isAsked, type QuestionField } from '../rules/questions';
import {
  EDUCATIONS,
  ORGANISATION_TYPES,
  SKILL_LEVELS,
  TRAINING_PROJECTS,
  educationLabels,
  organisationTypeLabels,
  skillLevelLabels,
  trainingProjectLabels,
} from '../rules/profile-fields';
import { profileFieldParsers } from '../rules/profile-parse';
import type { Profile, ProfileField } from '../rules/profile';

/** The raw answers, as typed or chosen, by profile field. */
export type Answers = Partial<Record<ProfileField, string>>;

export interface Option {
  value: string;
  label: string;
  note?: string;
}

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

const YES_NO: readonly Option[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
const options = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] =>
  values.map((v) => ({ value: v, label: labels[v] }));

export const kindQuestion: Question = {
  id: 'kind',
  label: '您是？',
  name: '个人或单位',
  kind: 'one',
  required: true,
  options: [
    { value: 'person', label: '个人', note: '职工、学生、毕业生、技能人才' },
    { value: 'organisation', label: '单位', note: '企业、院校、培训机构、行业协会、实训基地' },
  ],
};

const personSteps: readonly Step[] = [
  { title: '身份', questions: [kindQuestion] },
  {
    title: '技能等级',
    questions: [
      {
        id: 'skillLevel',
        label: '您现在的职业技能等级？',
        hint: '职业资格证书或职业技能等级证书上的等级',
        kind: 'one',
        options: options(SKILL_LEVELS, skillLevelLabels),
      },
      {
        id: 'trainingProject',
        label: '您参加过技师项目培养吗？',
        hint: '第六条的技师项目培训补贴按培养类型给予',
        kind: 'one',
        options: options(TRAINING_PROJECTS, trainingProjectLabels),
      },
      {
        id: 'frontline',
        label: '您在企业的生产一线工作吗？',
        hint: '第九条写的是“企业一线”，第十七条写的是“在生产一线做出贡献的”技师、高级技师；是否“做出贡献”，这里不问',
        kind: 'one',
        options: YES_NO,
      },
      {
        id: 'outstandingContribution',
        label: '您有突出贡献和特殊技能吗？',
        hint: '第十条：对有突出贡献和特殊技能的人员，可放宽技师、高级技师申报条件；如何认定，办法没有写',
        kind: 'one',
        options: YES_NO,
      },
    ],
  },
  {
    title: '学习与工作',
    questions: [
      { id: 'education', label: '您的学历或在读情况？', kind: 'one', options: options(EDUCATIONS, educationLabels) },
      {
        id: 'advancedCertificateDate',
        label: '取得高级工（三级）证书的日期',
        hint: '例如 2025-03-10 或 2025年3月10日；还没有取得可以留空',
        kind: 'text',
        options: [],
        inputMode: 'text',
      },
      { id: 'startingBusiness', label: '您正在或准备创业吗？', kind: 'one', options: YES_NO },
      { id: 'employed', label: '您是在岗的技能人员或专业技术人员吗？', kind: 'one', options: YES_NO },
    ],
  },
  {
    title: '竞赛与荣誉',
    questions: [
      {
        id: 'competitionPlacing',
        label: '您在全市技能大赛中获得的名次？',
        kind: 'one',
        options: [
          { value: 'none', label: '没有获奖，或没有参加' },
          { value: 'first', label: '第一名' },
          { value: 'second', label: '第二名' },
          { value: 'third', label: '第三名' },
          { value: 'merit', label: '优胜奖' },
        ],
      },
      {
        id: 'honours',
        label: '您获得过以下哪些奖项或称号？（可多选；都没有就不选）',
        kind: 'many',
        options: options(HONOURS, honourLabels),
      },
      { id: 'newlyIntroduced', label: '您是新引进到许昌的高技能人才吗？', kind: 'one', options: YES_NO },
    ],
  },
];

const organisationSteps: readonly Step[] = [
  { title: '身份', questions: [kindQuestion] },
  {
    title: '单位情况',
    questions: [
      {
        id: 'organisationType',
        label: '贵单位是？',
        kind: 'one',
        options: options(ORGANISATION_TYPES, organisationTypeLabels),
      },
      {
        id: 'leadingEnterprise',
        label: '贵单位是龙头企业吗？',
        hint: '第八条写的是“面向龙头企业、职技院校和公共实训基地”；办法没有界定“龙头企业”',
        kind: 'one',
        options: YES_NO,
      },
      {
        id: 'newStudios',
        label: '新认定的市级技能大师工作室个数',
        hint: '没有就填 0',
        kind: 'text',
        options: [],
        unit: '个',
        inputMode: 'numeric',
      },
    ],
  },
  {
    title: '职工教育经费（选填）',
    questions: [
      {
        id: 'wages',
        label: '本年工资薪金总额',
        hint: '可以写 1200000 或 120万；不想填可以留空',
        kind: 'text',
        options: [],
        unit: '元',
        inputMode: 'decimal',
      },
      {
        id: 'educationSpending',
        label: '本年职工教育经费支出',
        kind: 'text',
        options: [],
        unit: '元',
        inputMode: 'decimal',
      },
      {
        id: 'frontlineSpending',
        label: '其中用于一线职工培训的支出',
        kind: 'text',
        options: [],
        unit: '元',
        inputMode: 'decimal',
      },
      {
        id: 'carriedOver',
        label: '以前年度结转、尚未扣除的金额',
        kind: 'text',
        options: [],
        unit: '元',
        inputMode: 'decimal',
      },
    ],
  },
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

/** A question as a notice names it: its name, or its label without brackets and question mark; undefined if unknown. */
export function questionName(id: string): string | undefined {
  const q = allQuestions.find((x) => x.id === id);
  return q && (q.name ?? q.label.replace(/（.*?）/g, '').replace(/[？?]$/, ''));
}

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
