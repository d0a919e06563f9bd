/**
 * 第十五条's conditions for technical-school graduates, in a module of their own so the graduate-support calculator
 * bundles these and not the rest of the article's declarations (benefits.ts uses them).
 */
import type { ReadingCondition, StatedCondition } from '../../benefit';
import type { Education } from '../../profile-fields';

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
