/**
 * The checker's questions and the profile they build, and how a profile lives in the URL query.
 *
 * Each question is a profile field; its `values` are the only values it accepts, so a tampered or outdated query
 * is read field by field: what is known and valid is kept, everything else is listed as ignored (shown to the
 * reader as plain text). `when` hides a question that cannot change the result for the answers given so far.
 */
import { localToday } from './dates';

export type Answers = Partial<Record<QuestionId, string>>;

export type QuestionId =
  | 'who'
  | 'level'
  | 'training'
  | 'school'
  | 'certificateDate'
  | 'business'
  | 'employed'
  | 'competition'
  | 'honours'
  | 'introduced'
  | 'org'
  | 'studio';

export interface Option {
  value: string;
  label: string;
  note?: string;
}

export interface Question {
  id: QuestionId;
  label: string;
  hint?: string;
  kind: 'one' | 'many' | 'date';
  options: readonly Option[];
  /** Shown only when this holds for the answers so far. */
  when?: (a: Answers) => boolean;
}

export interface Step {
  title: string;
  questions: readonly Question[];
}

const isTechnicalSchool = (a: Answers) => a.school === 'technicalAdvanced' || a.school === 'technicalTechnician';
const STUDIO_ORGS = ['leadingEnterprise', 'vocationalSchool', 'publicBase'];

export const whoQuestion: Question = {
  id: 'who',
  label: '您是？',
  kind: 'one',
  options: [
    { value: 'person', label: '个人', note: '职工、学生、毕业生、技能人才' },
    { value: 'organisation', label: '单位', note: '企业、院校、培训机构、行业协会、实训基地' },
  ],
};

export const personSteps: readonly Step[] = [
  { title: '身份', questions: [whoQuestion] },
  {
    title: '技能等级与培训',
    questions: [
      {
        id: 'level',
        label: '您现在的职业技能等级是？',
        hint: '职业资格证书或职业技能等级证书上的等级',
        kind: 'one',
        options: [
          { value: 'none', label: '还没有等级证书' },
          { value: 'junior', label: '初级工（五级）' },
          { value: 'intermediate', label: '中级工（四级）' },
          { value: 'advanced', label: '高级工（三级）' },
          { value: 'technician', label: '技师（二级）' },
          { value: 'seniorTechnician', label: '高级技师（一级）' },
        ],
      },
      {
        id: 'training',
        label: '您是否参加了技师项目培训？',
        hint: '第六条的技师项目培训补贴按培训类型发放',
        kind: 'one',
        options: [
          { value: 'none', label: '没有参加' },
          { value: 'newTechnician', label: '新培养为技师' },
          { value: 'newSeniorTechnician', label: '新培养为高级技师' },
          { value: 'upgrade', label: '高级技师岗位技能提升培训' },
        ],
      },
    ],
  },
  {
    title: '学习与工作',
    questions: [
      {
        id: 'school',
        label: '您在读或毕业于？',
        kind: 'one',
        options: [
          { value: 'none', label: '以上都不是，或不适用' },
          { value: 'secondaryVocational', label: '中等职业学校' },
          { value: 'higherVocational', label: '高等职业学校，或本科院校应用型专业' },
          { value: 'technicalAdvanced', label: '技工院校高级工班' },
          { value: 'technicalTechnician', label: '技工院校预备技师班、技师班' },
        ],
      },
      {
        id: 'certificateDate',
        label: '取得高级工（三级）证书的日期',
        hint: '例如 2025-03-10 或 2025年3月10日；不知道可以留空',
        kind: 'date',
        options: [],
        when: (a) => a.school === 'technicalTechnician' && a.level === 'advanced',
      },
      {
        id: 'business',
        label: '您是否准备或已经创业？',
        kind: 'one',
        options: [
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
        ],
        when: isTechnicalSchool,
      },
      {
        id: 'employed',
        label: '您现在的工作岗位是？',
        kind: 'one',
        options: [
          { value: 'skill', label: '在岗的技能人员' },
          { value: 'professional', label: '在岗的专业技术人员' },
          { value: 'no', label: '目前不在岗（学生、求职中等）' },
        ],
      },
    ],
  },
  {
    title: '竞赛与荣誉',
    questions: [
      {
        id: 'competition',
        label: '您在全市技能大赛中获得的最好名次？',
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
        label: '您获得过以下哪些奖项或荣誉？（可多选，没有可不选）',
        kind: 'many',
        options: [
          { value: 'zhonghuaSkillsAward', label: '“中华技能大奖”' },
          { value: 'worldSkillsGold', label: '世界技能大赛（世赛）金牌' },
          { value: 'worldSkillsPrize', label: '世赛其他奖项' },
          { value: 'nationalGold', label: '全国技能大赛（国赛）金牌' },
          { value: 'zhongyuanSkillsAward', label: '“中原技能大奖”' },
          { value: 'zhongyuanSkillsMaster', label: '“中原技能大师”' },
          { value: 'zhongyuanCraftsman', label: '“中原大工匠”' },
        ],
      },
      {
        id: 'introduced',
        label: '您是新引进到许昌的高技能人才吗？',
        kind: 'one',
        options: [
          { value: 'no', label: '不是' },
          { value: 'yes', label: '是' },
        ],
      },
    ],
  },
];

export const organisationSteps: readonly Step[] = [
  { title: '身份', questions: [whoQuestion] },
  {
    title: '单位情况',
    questions: [
      {
        id: 'org',
        label: '贵单位是？',
        kind: 'one',
        options: [
          { value: 'enterprise', label: '企业' },
          { value: 'leadingEnterprise', label: '龙头企业' },
          { value: 'vocationalSchool', label: '职业院校、技工院校', note: '第八条称“职技院校”' },
          { value: 'higherVocational', label: '高等职业院校（高职院校）' },
          { value: 'trainingInstitution', label: '职业培训机构' },
          { value: 'association', label: '行业协会' },
          { value: 'publicBase', label: '公共实训基地' },
        ],
      },
      {
        id: 'studio',
        label: '贵单位是否有新认定的市级技能大师工作室？',
        kind: 'one',
        options: [
          { value: 'yes', label: '有' },
          { value: 'no', label: '没有' },
        ],
        when: (a) => STUDIO_ORGS.includes(a.org ?? ''),
      },
    ],
  },
];

export function stepsFor(a: Answers): readonly Step[] {
  return a.who === 'organisation' ? organisationSteps : personSteps;
}

const allQuestions: Question[] = [...personSteps, ...organisationSteps].flatMap((s) => s.questions);
export const questionById = new Map(allQuestions.map((q) => [q.id, q]));

/** Is `value` an answer this question accepts? (Dates: a real calendar day, not after today.) */
export function validAnswer(q: Question, value: string, today: string = localToday()): boolean {
  if (q.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDay(value) && value <= today && value >= '1990-01-01';
  if (q.kind === 'many') {
    const parts = value.split(',');
    return value === '' || parts.every((p) => q.options.some((o) => o.value === p));
  }
  return q.options.some((o) => o.value === value);
}

function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface ReadAnswers {
  answers: Answers;
  /** Query keys that were not used, each with the reason in Chinese. */
  ignored: { key: string; reason: string }[];
}

/** Reads the answers from a URL query, field by field. `step` is the checker's own and not an answer. */
export function answersFromSearchParams(params: URLSearchParams, today: string = localToday()): ReadAnswers {
  const answers: Answers = {};
  const ignored: ReadAnswers['ignored'] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key === 'step') continue;
    const q = questionById.get(key as QuestionId);
    if (!q) {
      ignored.push({ key, reason: '不是本页的问题' });
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key, reason: '重复出现，只采用第一个' });
      continue;
    }
    seen.add(key);
    if (!validAnswer(q, value, today)) {
      ignored.push({ key, reason: `“${q.label.replace(/？.*$/, '')}”的答案无法识别` });
      continue;
    }
    if (value !== '') answers[q.id] = value;
  }
  return { answers, ignored };
}

/** The answers as a URL query, in question order; only answers to questions that are shown. */
export function answersToSearchParams(a: Answers): URLSearchParams {
  const out = new URLSearchParams();
  for (const step of stepsFor(a)) {
    for (const q of step.questions) {
      const v = a[q.id];
      if (v !== undefined && v !== '' && (!q.when || q.when(a))) out.set(q.id, v);
    }
  }
  return out;
}
