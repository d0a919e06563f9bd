/**
 * 批量测算的列: everything /batch/ needs from the rules' field declarations, in one adapter, so that a change of the
 * rules' field table touches this file only. It imports only from src/rules/index.ts. A column is a person field of
 * the checker's profile (its label is the checker's question label), or one of the two columns a list carries beside
 * the profile: the name (姓名) and, for 在校生, the class (班级). The lists are views of the same person fields.
 */
import {
  COMPETITION_PLACINGS,
  HONOURS,
  PROFILE_FIELDS,
  RULES_JSON_VERSION,
  benefitCatalog,
  benefitStatusLabels,
  competitionPlacings,
  educationLabels,
  evaluateAnswers,
  honourLabels,
  profileQuestionLabels,
  questionFields,
  skillLevelLabels,
  trainingProjectLabels,
  type BenefitStatus,
  type ProfileField,
} from '../../rules/index';

export { RULES_JSON_VERSION, benefitStatusLabels, type BenefitStatus };

/** The profile fields a person list can carry: every question the checker asks a person, in the form's order. */
export const PERSON_FIELDS: readonly ProfileField[] = PROFILE_FIELDS.filter((f) =>
  (questionFields('person') as Set<string>).has(f),
);

/** How a field's answer is written in a cell. */
export type ColumnType = 'text' | 'choice' | 'choices' | 'yes-no' | 'date';

export interface Column {
  /** A profile field, or `name` / `group` (the list's own columns). */
  key: ProfileField | 'name' | 'group';
  /** The column's heading in templates and exports (the checker's question label). */
  label: string;
  type: ColumnType;
  /** Other headings offices use for it (职工姓名 for 姓名). */
  aliases: readonly string[];
  /** Choice id → its Chinese label (choice columns). */
  choices?: Readonly<Record<string, string>>;
  /** The accepted answers, in words, for the template's notes and the messages. */
  accepted: string;
  /** What the template's example row holds. */
  example: string;
}

/** 是/否 as offices tick them: the checker's parser reads 是/否, and the ticks are written as 是/否 first. */
const TICKS: Readonly<Record<string, '是' | '否'>> = {
  '√': '是',
  '✓': '是',
  '✔': '是',
  对: '是',
  有: '是',
  '×': '否',
  '✗': '否',
  '✘': '否',
  x: '否',
  错: '否',
  无: '否',
  没有: '否',
};

/** Words for “none” in a choice whose ids include `none` (a placing has no label for it in the rules). */
const NONE_WORDS = ['无', '没有', '否', '未获奖', '未参加'];

/** Whether the checker's own parser accepts `raw` for `field` (how a field's type is read without restating it). */
function accepts(field: ProfileField, raw: string): boolean {
  const r = evaluateAnswers({ kind: 'person', asOf: '2200-12-31', [field]: raw });
  return r.ok;
}

const placingLabels: Record<string, string> = Object.fromEntries(
  COMPETITION_PLACINGS.map((p) => [p, competitionPlacings[p].label]),
);

/** Choice fields and their labels, from the rules module's label tables. */
const CHOICE_LABELS: Partial<Record<ProfileField, Readonly<Record<string, string>>>> = {
  skillLevel: skillLevelLabels,
  education: educationLabels,
  trainingProject: trainingProjectLabels,
  competitionPlacing: placingLabels,
  honours: honourLabels,
};

const DATE_FORMS = '2024-03-11、2024/3/11、2024年3月11日';
const YES_NO_FORMS = '是、否（也可填 √、×）';

function fieldColumn(field: ProfileField): Column {
  const label = profileQuestionLabels[field];
  const choices = CHOICE_LABELS[field];
  if (choices !== undefined) {
    const list = field === 'honours';
    const labels = Object.values(choices);
    const none = field === 'competitionPlacing' ? '；没有获奖填“无”' : '';
    return {
      key: field,
      label,
      type: list ? 'choices' : 'choice',
      aliases: [],
      choices,
      accepted: list ? `${labels.join('、')}；可填多个，用顿号或逗号隔开；都没有填“无”` : `${labels.join('、')}${none}`,
      example: list ? (honourLabels[HONOURS[0]] ?? '') : (labels[labels.length > 3 ? 3 : 0] ?? ''),
    };
  }
  if (accepts(field, '是') && accepts(field, '否'))
    return { key: field, label, type: 'yes-no', aliases: [], accepted: YES_NO_FORMS, example: '否' };
  if (accepts(field, '2024-03-11'))
    return { key: field, label, type: 'date', aliases: [], accepted: DATE_FORMS, example: '2023-07-01' };
  return { key: field, label, type: 'text', aliases: [], accepted: '文字', example: '' };
}

/** 姓名: not a profile field; the row's name in the results. */
export const NAME_COLUMN: Column = {
  key: 'name',
  label: '姓名',
  type: 'text',
  aliases: ['职工姓名', '学生姓名', '学员姓名', '名字', '人员姓名'],
  accepted: '文字（只用于结果表，不参与测算）',
  example: '张三',
};

/** 班级: 在校生's class, carried to the results. */
export const GROUP_COLUMN: Column = {
  key: 'group',
  label: '班级',
  type: 'text',
  aliases: ['所在班级', '班别', '班级名称'],
  accepted: '文字（只用于结果表，不参与测算）',
  example: '2023级预备技师1班',
};

/** Every column a person row may carry, by key. */
export const COLUMNS: readonly Column[] = [NAME_COLUMN, GROUP_COLUMN, ...PERSON_FIELDS.map(fieldColumn)];

/** The three lists: which columns each template carries (a file may carry any of COLUMNS). */
export const LIST_KINDS = ['staff', 'students', 'trainees'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

const pick = (keys: readonly string[]) => COLUMNS.filter((c) => keys.includes(c.key));

export const LISTS: Record<ListKind, { label: string; who: string; columns: readonly Column[] }> = {
  staff: { label: '职工', who: '企业职工、技能人才', columns: COLUMNS.filter((c) => c.key !== 'group') },
  students: {
    label: '在校生',
    who: '技工院校学生（第十一条：预备技师班、技师班学生取得高级工证书后，最早何时可申报技师）',
    columns: pick(['name', 'group', 'education', 'skillLevel', 'advancedCertificateDate']),
  },
  trainees: {
    label: '培训学员',
    who: '参加技师项目培养的学员（第六条）',
    columns: pick(['name', 'trainingProject', 'skillLevel']),
  },
};

/** A heading as offices write it → one form: no spaces, full-width → ASCII (NFKC), brackets and 的 dropped. */
export function normaliseHeading(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000*＊:：]/g, '')
    .replace(/[()[\]【】〔〕]/g, '')
    .replace(/的/g, '')
    .toLowerCase();
}

const HEADINGS = new Map<string, Column>();
for (const c of COLUMNS) {
  for (const h of [c.label, c.key, ...c.aliases]) HEADINGS.set(normaliseHeading(h), c);
  // 取得高级工（三级）证书的日期 also as 取得高级工证书日期: the bracketed part left out
  HEADINGS.set(normaliseHeading(c.label.replace(/（[^）]*）|\([^)]*\)/g, '')), c);
}

/** The column a heading names, or undefined. */
export function columnForHeading(heading: string): Column | undefined {
  const h = normaliseHeading(heading);
  return h === '' ? undefined : HEADINGS.get(h);
}

const normaliseValue = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .toLowerCase();

/** Each choice column's answers as offices write them → the choice id. */
function choiceLookup(choices: Readonly<Record<string, string>>, hasNone: boolean): Map<string, string> {
  const m = new Map<string, string>();
  for (const [id, label] of Object.entries(choices)) {
    m.set(normaliseValue(id), id);
    m.set(normaliseValue(label), id);
    // 高级工（三级） also as 高级工 or 三级
    const bare = label.replace(/（[^）]*）/g, '');
    if (bare !== label) m.set(normaliseValue(bare), id);
    for (const inner of label.matchAll(/（([^）]*)）/g)) m.set(normaliseValue(inner[1] ?? ''), id);
  }
  if (hasNone) for (const w of NONE_WORDS) if (!m.has(w)) m.set(w, 'none');
  return m;
}

const LOOKUPS = new Map<string, Map<string, string>>(
  COLUMNS.filter((c) => c.choices).map((c) => [
    c.key,
    choiceLookup(c.choices ?? {}, c.type === 'choice' && accepts(c.key as ProfileField, 'none')),
  ]),
);

/**
 * One cell → the raw answer the checker's parsers read: a choice label → its id, a tick → 是/否, “无” in a list → the
 * empty list. Anything not recognised is passed on as written, so the parser's own message names what is wrong.
 */
export function cellToAnswer(column: Column, cell: string): string | string[] | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (column.type === 'yes-no') return TICKS[normaliseValue(text)] ?? text;
  const lookup = LOOKUPS.get(column.key);
  if (lookup === undefined) return text;
  if (column.type === 'choices') {
    const items = text
      .split(/[,，、;；/\n]/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    if (items.every((x) => NONE_WORDS.includes(normaliseValue(x)))) return [];
    return items.map((x) => lookup.get(normaliseValue(x)) ?? x);
  }
  return lookup.get(normaliseValue(text)) ?? text;
}

/** The benefits a person can have, in article order: id, title, article (for the totals and the filter). */
export const PERSON_BENEFITS = benefitCatalog
  .filter((b) => b.audience.types.includes('person'))
  .map((b) => ({ id: b.id, title: b.title, article: b.articles[0] ?? 0 }));
