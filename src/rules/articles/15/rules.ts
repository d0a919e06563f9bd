/**
 * 第十五条 畅通高技能人才成长发展通道 — 技工院校毕业生待遇与创业扶持.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects) and its
 * calculator’s formula (the input fields, the type of the result, the function). Apart from the declarations, so a
 * calculator page bundles these and not the rest of the article.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import type { ReadingCondition, StatedCondition } from '../../benefit';
import type { Education } from '../../profile-fields';
import { formatYuan } from '../../format';
import { choiceField, optionalYesNoField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { startupLoanCeiling, startupProjectSupportMax, startupProjectSupportMin, startupSubsidy } from './parameters';
import { useParameter, type ParameterUse } from '../../worked';
import { judge } from '../../verdict';

// ——— conditions ———

/** The two classes 第十五条 names (answers to 学历或在读情况) and the degree each is treated as: 参照大专、本科. */
export const ACADEMIC_EQUIVALENTS = {
  'technical-school-advanced-class-graduate': { className: '高级工班', equivalent: '大专' },
  'technical-school-technician-class-graduate': { className: '预备技师（技师）班', equivalent: '本科' },
} as const satisfies Partial<Record<Education, { className: string; equivalent: string }>>;
type TechnicalGraduate = keyof typeof ACADEMIC_EQUIVALENTS;

/** The calculator's choices: the two classes, or anything else (an answer of 学历或在读情况 all the same). */
export const GRADUATE_PROGRAMMES = [
  'technical-school-advanced-class-graduate',
  'technical-school-technician-class-graduate',
  'other',
] as const satisfies readonly Education[];
export type GraduateProgramme = (typeof GRADUATE_PROGRAMMES)[number];

/** The class and its equivalent degree, or undefined for anyone else. */
export const academicEquivalent = (education: Education | undefined) =>
  education !== undefined && Object.hasOwn(ACADEMIC_EQUIVALENTS, education)
    ? ACADEMIC_EQUIVALENTS[education as TechnicalGraduate]
    : undefined;

/** 技工院校高级工班、预备技师（技师）班毕业生 */
export const technicalGraduate = {
  text: '技工院校高级工班或预备技师（技师）班毕业生',
  reads: ['education'],
  words: '技工院校高级工班、预备技师（技师）班毕业生',
  holds: (p) => (p.education === undefined ? undefined : academicEquivalent(p.education) !== undefined),
} as const satisfies StatedCondition;

/** 创业: the article lists 创业 supports under “促进就业创业政策” without stating 创业 as a condition (a reading). */
export const startingBusiness = {
  text: '创业',
  reads: ['startingBusiness'],
  words: '按有关规定享受促进就业创业政策',
  reading:
    '办法写的是毕业生“按有关规定享受促进就业创业政策”，没有把“创业”写成条件；本站理解为这些创业扶持针对创业的人，具体条件在有关规定中。',
  holds: (p) => p.startingBusiness,
} as const satisfies ReadingCondition;

/** The conditions of 参照大专、本科学历享受相关待遇 (academic-equivalence). */
export const academicEquivalenceConditions = [technicalGraduate] as const;

/** The conditions the three startup supports share (each adds what would change its own outcome). */
export const startupConditions = [technicalGraduate, startingBusiness] as const;

// ——— formula ———

/** One of the three supports for starting a business, as the measure states it. */
export interface StartupSupport {
  benefitId: string;
  label: string;
  /** money: a one-off subsidy; loan-ceiling: the most that may be lent; money range: a subsidy between min and max */
  kind: 'money' | 'loan-ceiling';
  minYuan: number | null;
  maxYuan: number;
  /** “5,000 元”, “最高 20 万元”, “2 万元—15 万元” */
  amountText: string;
  parameters: ParameterUse[];
}

/** What the calculator finds. */
export interface GraduateTreatmentResult {
  programme: GraduateProgramme;
  /** 参照大专 / 参照本科, or null for other programmes */
  equivalence: '大专' | '本科' | null;
  equivalenceText: string;
  /** The supports as the measure states them; empty for other programmes. */
  startupSupports: StartupSupport[];
  /** true: starting a business; false: not; null: not answered. */
  startingBusiness: boolean | null;
  startupText: string;
  article: 15;
}

export const GraduateTreatmentInputFields = {
  /** 技工院校毕业的班别, as an answer to 学历或在读情况 (fields.ts) */
  programme: choiceField('毕业的班别', GRADUATE_PROGRAMMES),
  /** 是否创业; not answered = the startup supports are listed without saying whether they fit */
  startingBusiness: optionalYesNoField('是否创业'),
};
export type GraduateTreatmentInput = FieldsOutput<typeof GraduateTreatmentInputFields>;

/** The three startup supports of 第十五条, from the parameters. */
export function startupSupports(): StartupSupport[] {
  const subsidy = startupSubsidy.value;
  const loan = startupLoanCeiling.value;
  const min = startupProjectSupportMin.value;
  const max = startupProjectSupportMax.value;
  return [
    {
      benefitId: 'startup-subsidy',
      label: '创业开业一次性补贴',
      kind: 'money',
      minYuan: null,
      maxYuan: subsidy,
      amountText: formatYuan(subsidy),
      parameters: [useParameter(startupSubsidy)],
    },
    {
      benefitId: 'startup-guaranteed-loan',
      label: '个人创业担保贷款',
      kind: 'loan-ceiling',
      minYuan: null,
      maxYuan: loan,
      amountText: `最高 ${formatYuan(loan)}`,
      parameters: [useParameter(startupLoanCeiling)],
    },
    {
      benefitId: 'startup-project-support',
      label: '大众创业优秀项目扶持补助',
      kind: 'money',
      minYuan: min,
      maxYuan: max,
      amountText: `${formatYuan(min)}—${formatYuan(max)}`,
      parameters: [useParameter(startupProjectSupportMin), useParameter(startupProjectSupportMax)],
    },
  ];
}

/** 第十五条：高级工班 → 参照大专，预备技师（技师）班 → 参照本科；创业的，按有关规定享受三项创业扶持. */
export function graduateTreatment(input: unknown): Outcome<GraduateTreatmentResult> {
  const parsed = parseFields(GraduateTreatmentInputFields, input);
  if (!parsed.ok) return parsed;
  const { programme, startingBusiness } = parsed.value;
  // the verdict is the declaration's (the conditions above, which benefits.ts declares it with): 参照学历 is for the two classes only
  const graduate = judge(academicEquivalenceConditions, undefined, { education: programme }).status === 'eligible';
  const named = graduate ? academicEquivalent(programme) : undefined;
  const equivalence = named?.equivalent ?? null;
  const supports = named === undefined ? [] : startupSupports();
  const started = startingBusiness ?? null;
  return {
    ok: true,
    value: {
      programme,
      equivalence,
      equivalenceText:
        named === undefined
          ? '第十五条的学历参照只针对技工院校高级工班、预备技师（技师）班毕业生。'
          : `技工院校${named.className}毕业生参照${named.equivalent}学历享受相关待遇。`,
      startupSupports: supports,
      startingBusiness: started,
      startupText:
        named === undefined
          ? '第十五条的创业扶持写给技工院校高级工班、预备技师（技师）班毕业生。'
          : started === false
            ? '本站理解：创业扶持针对创业的毕业生；以后创业时，可按有关规定申请。'
            : '按有关规定享受以下促进就业创业政策（申请条件以有关规定为准）。',
      article: 15,
    },
  };
}
