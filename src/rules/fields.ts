/**
 * 自查问卷的字段表: every field of the profile, declared once — its parser (parse/), its Chinese label (how results and
 * messages name it), the checker's question and hint, whom it applies to, its key in the /check/ URL, how its value is
 * written back into that URL, and the sample answers questions.ts tries. Derived from this table: the parsers
 * (profile-parse.ts) and the zod ProfileSchema built from them (profile.ts), the URL encoding (profile-url.ts), the
 * person/organisation lists (evaluate-profile.ts), the samples (questions.ts) and the checker's questions
 * (src/widgets/check-profile.ts, which only orders them into steps). No zod here: the checker runs it in the browser.
 */
import { MAX_STUDIOS } from './articles/08/rules';
import {
  choiceField,
  optionalChoiceField,
  optionalChoiceListField,
  optionalCountField,
  optionalDateField,
  optionalMoneyFenField,
  optionalYesNoField,
  type Field,
  type FieldValue,
} from './parse/index';
import { orUnsure, UNSURE } from './unsure';
import {
  EDUCATIONS,
  HONOURS,
  ORGANISATION_TYPES,
  PLACINGS,
  PROFILE_KINDS,
  SKILL_LEVELS,
  TRAINING_PROJECTS,
  educationLabels,
  honourLabels,
  organisationTypeLabels,
  placingLabels,
  skillLevelLabels,
  trainingProjectLabels,
} from './profile-fields';

/** One choice as the checker offers it. */
export interface FieldOption {
  value: string;
  label: string;
  note?: string;
}

/** How the checker asks a field: one choice, several choices, or typed text. */
export type FieldInput =
  | { kind: 'one' | 'many'; options: readonly FieldOption[] }
  | { kind: 'text'; unit?: string; inputMode: 'numeric' | 'decimal' | 'text' };

/** One row of the table. */
export interface ProfileFieldRow<T> {
  /** The field's parser: raw answer → value or a Chinese message naming `label`. */
  parse: Field<T>;
  /** How results and messages name the field (“还没有回答‘…’”). */
  label: string;
  /** The checker's question and its hint. */
  question: string;
  hint?: string;
  /** How a notice names the question where the question does not read as a name (您是？ → 个人或单位). */
  name?: string;
  /** 下一步 is refused until it is answered (the flow depends on it). */
  required?: boolean;
  /** Whom it applies to: a field of the other kind is ignored. */
  for: 'person' | 'organisation' | 'both';
  /** Its key in the /check/ URL. */
  urlKey: string;
  /** Its value as the URL writes it (the parser reads it back). */
  write: (value: NonNullable<T>) => string;
  /** Answers questions.ts tries to see whether the question can change a result (never for kind and asOf). */
  samples: readonly NonNullable<T>[];
  input: FieldInput;
}

const YES_NO: readonly FieldOption[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
/** 不确定, offered where a reader may not know the answer (parse/choices.ts: orUnsure; it leads to 还需确认). */
const UNSURE_OPTION: FieldOption = { value: UNSURE, label: '不确定' };
const options = <T extends string>(values: readonly T[], labels: Record<T, string>): FieldOption[] =>
  values.map((v) => ({ value: v, label: labels[v] }));

/** Fen → the yuan string the money fields accept: 123456 → "1234.56", 100 → "1". */
function fenToYuanText(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`;
}

const text = (v: string | number) => String(v);
const yesNo = (v: boolean) => (v ? 'yes' : 'no');

/** A row whose parser names the field by its label (the label is written once). */
function row<T>(
  label: string,
  parse: (label: string) => Field<T>,
  rest: Omit<ProfileFieldRow<T>, 'parse' | 'label' | 'urlKey'>,
  urlKey: string,
): ProfileFieldRow<T> {
  return { ...rest, label, parse: parse(label), urlKey };
}

const yesNoRow = (
  id: string,
  label: string,
  question: string,
  who: 'person' | 'organisation',
  hint?: string,
  unsure = false,
): ProfileFieldRow<boolean | undefined> =>
  row(
    label,
    unsure ? (l) => orUnsure(optionalYesNoField(l)) : optionalYesNoField,
    {
      question,
      ...(hint === undefined ? {} : { hint }),
      for: who,
      write: yesNo,
      samples: [true, false],
      input: { kind: 'one', options: unsure ? [...YES_NO, UNSURE_OPTION] : YES_NO },
    },
    id,
  );

const moneyRow = (id: string, label: string, question: string, samples: readonly number[], hint?: string) =>
  row(
    label,
    optionalMoneyFenField,
    {
      question,
      ...(hint === undefined ? {} : { hint }),
      for: 'organisation',
      write: fenToYuanText,
      samples,
      input: { kind: 'text', unit: '元', inputMode: 'decimal' },
    },
    id,
  );

/** The profile's fields, in the order the form asks them. */
export const profileFieldTable = {
  kind: row(
    '自查对象（个人或单位）',
    (l) => choiceField(l, PROFILE_KINDS),
    {
      question: '您是？',
      name: '个人或单位',
      required: true,
      for: 'both',
      write: text,
      samples: [],
      input: {
        kind: 'one',
        options: [
          { value: 'person', label: '个人', note: '职工、学生、毕业生、技能人才' },
          { value: 'organisation', label: '单位', note: '企业、院校、培训机构、行业协会、实训基地' },
        ],
      },
    },
    'kind',
  ),
  /** The date results are computed for (the caller's today; the rules never read the clock). Not asked. */
  asOf: row(
    '今天的日期',
    optionalDateField,
    { question: '今天的日期', for: 'both', write: text, samples: [], input: { kind: 'text', inputMode: 'text' } },
    'asOf',
  ),

  // — persons —
  skillLevel: row(
    '当前职业技能等级',
    (l) => optionalChoiceField(l, SKILL_LEVELS),
    {
      question: '您现在的职业技能等级？',
      hint: '职业资格证书或职业技能等级证书上的等级',
      for: 'person',
      write: text,
      samples: SKILL_LEVELS,
      input: { kind: 'one', options: options(SKILL_LEVELS, skillLevelLabels) },
    },
    'skillLevel',
  ),
  trainingProject: row(
    '技师项目培养情况',
    (l) => orUnsure(optionalChoiceField(l, TRAINING_PROJECTS)),
    {
      question:
        '您是否在急需紧缺人才培养计划中新培养为技师、高级技师，或参加了高级技师岗位技能提升培训（第六条的“技师项目”）？',
      hint: '第六条：“按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型”给予技师项目培训补贴。不知道您参加的培训是否属于，请选“不确定”',
      for: 'person',
      write: text,
      samples: TRAINING_PROJECTS,
      input: { kind: 'one', options: [...options(TRAINING_PROJECTS, trainingProjectLabels), UNSURE_OPTION] },
    },
    'trainingProject',
  ),
  /** 在生产一线 (第九条、第十七条) */
  frontline: yesNoRow(
    'frontline',
    '是否在生产一线工作',
    '您在企业的生产一线工作吗？',
    'person',
    '第九条写的是“企业一线”，第十七条写的是“在生产一线做出贡献的”技师、高级技师；是否“做出贡献”，这里不问',
  ),
  /** 有突出贡献或特殊技能 (第十条) */
  outstandingContribution: yesNoRow(
    'outstandingContribution',
    '是否有突出贡献和特殊技能',
    '您是否属于“有突出贡献和特殊技能的人员”？',
    'person',
    '第十条：“对有突出贡献和特殊技能的人员，可放宽技师、高级技师申报条件”。怎样算，办法没有写；不知道是否算，请选“不确定”',
    true,
  ),
  education: row(
    '学历或在读情况',
    (l) => optionalChoiceField(l, EDUCATIONS),
    {
      question: '您的学历或在读情况？',
      for: 'person',
      write: text,
      samples: EDUCATIONS,
      input: { kind: 'one', options: options(EDUCATIONS, educationLabels) },
    },
    'education',
  ),
  /** 取得高级工（三级）证书的日期 (第十一条) */
  advancedCertificateDate: row(
    '取得高级工（三级）证书的日期',
    optionalDateField,
    {
      question: '取得高级工（三级）证书的日期',
      hint: '例如 2025-03-10 或 2025年3月10日；还没有取得可以留空',
      for: 'person',
      write: text,
      samples: ['1990-01-01', '2200-12-31'],
      input: { kind: 'text', inputMode: 'text' },
    },
    'advancedCertificateDate',
  ),
  /** 正在或准备创业 (第十五条) */
  startingBusiness: yesNoRow('startingBusiness', '是否创业', '您正在或准备创业吗？', 'person'),
  /** 在岗的技能人员或专业技术人员 (第十五条) */
  employed: yesNoRow('employed', '是否在岗的技能人员或专业技术人员', '您是在岗的技能人员或专业技术人员吗？', 'person'),
  competitionPlacing: row(
    '全市技能大赛名次',
    (l) => optionalChoiceField(l, PLACINGS),
    {
      question: '您在全市技能大赛中获得的名次？',
      for: 'person',
      write: text,
      samples: PLACINGS,
      input: { kind: 'one', options: options(PLACINGS, placingLabels) },
    },
    'competitionPlacing',
  ),
  honours: row(
    '获得的荣誉或竞赛奖项',
    (l) => optionalChoiceListField(l, HONOURS),
    {
      question: '您获得过以下哪些奖项或称号？（可多选；都没有就不选）',
      for: 'person',
      write: (v) => v.join(','),
      samples: [[], ...HONOURS.map((h) => [h])],
      input: { kind: 'many', options: options(HONOURS, honourLabels) },
    },
    'honours',
  ),
  /** 新引进的高技能人才 (第十六条) */
  newlyIntroduced: yesNoRow(
    'newlyIntroduced',
    '是否新引进的高技能人才',
    '您是否是通过人才引进计划新引进的高技能人才？',
    'person',
    '第十六条：“将高技能人才纳入人才引进计划，新引进的高技能人才，经评审认定后，可享受相应支持政策”。不知道是否属于，请选“不确定”',
    true,
  ),

  // — organisations —
  organisationType: row(
    '单位类型',
    (l) => optionalChoiceField(l, ORGANISATION_TYPES),
    {
      question: '贵单位是？',
      for: 'organisation',
      write: text,
      samples: ORGANISATION_TYPES,
      input: { kind: 'one', options: options(ORGANISATION_TYPES, organisationTypeLabels) },
    },
    'organisationType',
  ),
  leadingEnterprise: yesNoRow(
    'leadingEnterprise',
    '是否龙头企业',
    '贵单位是龙头企业吗？',
    'organisation',
    '第八条写的是“面向龙头企业、职技院校和公共实训基地”；办法没有界定“龙头企业”',
  ),
  /** 新认定的市级技能大师工作室个数 (第八条) */
  newStudios: row(
    '新认定的市级技能大师工作室个数',
    (l) => optionalCountField(l, MAX_STUDIOS),
    {
      question: '新认定的市级技能大师工作室个数',
      hint: '没有就填 0',
      for: 'organisation',
      write: text,
      samples: [0, 1],
      input: { kind: 'text', unit: '个', inputMode: 'numeric' },
    },
    'newStudios',
  ),
  /** 职工教育经费 (第五条), yuan as typed → fen */
  wages: moneyRow(
    'wages',
    '工资薪金总额',
    '本年工资薪金总额',
    [0, 100_000_000],
    '可以写 1200000 或 120万；不想填可以留空',
  ),
  educationSpending: moneyRow('educationSpending', '本年职工教育经费支出', '本年职工教育经费支出', [0, 1_000_000]),
  frontlineSpending: moneyRow(
    'frontlineSpending',
    '用于一线职工培训的支出',
    '其中用于一线职工培训的支出',
    [0, 1_000_000],
  ),
  carriedOver: moneyRow('carriedOver', '以前年度结转的金额', '以前年度结转、尚未扣除的金额', [0, 1_000_000]),
};

type Table = typeof profileFieldTable;
/** A field of the profile. */
export type ProfileField = keyof Table;
/** The profile's field names, in the order the form asks them. */
export const PROFILE_FIELDS = Object.keys(profileFieldTable) as ProfileField[];

/** Each field's parser, key by key (profile-parse.ts reads the profile with them; profile.ts wraps them in zod). */
export const profileFieldParsers = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, profileFieldTable[f].parse])) as {
  [K in ProfileField]: Table[K]['parse'];
};

/** A field's value as its parser returns it. */
export type ProfileFieldValue<K extends ProfileField> = FieldValue<Table[K]['parse']>;

/** Each field's label, as a result names it (“还没有回答‘…’”) and as the field messages name it. */
export const profileQuestionLabels = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, profileFieldTable[f].label])) as {
  [K in ProfileField]: string;
};

/** A field by its URL key, or undefined. */
export function fieldByUrlKey(key: string): ProfileField | undefined {
  return PROFILE_FIELDS.find((f) => profileFieldTable[f].urlKey === key);
}

/** How a notice names a field: its `name`, or its question without brackets and question mark. */
export function fieldName(field: ProfileField): string {
  const r: { name?: string; question: string } = profileFieldTable[field];
  return r.name ?? r.question.replace(/（.*?）/g, '').replace(/[？?]$/, '');
}

/** The fields that apply only to the other kind of profile (ignored there). */
export function fieldsNotFor(kind: 'person' | 'organisation'): ProfileField[] {
  return PROFILE_FIELDS.filter((f) => {
    const who = profileFieldTable[f].for;
    return who !== 'both' && who !== kind;
  });
}

/** A field's samples, the ones questions.ts tries. */
export function fieldSamples(field: ProfileField): readonly unknown[] {
  return profileFieldTable[field].samples;
}
