/**
 * 自查问卷的解析: each field of the profile `evaluate` reads, as a field parser of parse/ (no zod), and the checks
 * across fields. profile.ts builds the zod ProfileSchema from exactly these; the checker in the browser reads its
 * answers and its URL with them directly (parseProfile), so the page ships no zod (SPEC §8's byte budget).
 */
import { HONOURS } from './articles/16/calculator';
import { MAX_STUDIOS } from './articles/08/calculator';
import {
  choiceField,
  optionalChoiceField,
  optionalChoiceListField,
  optionalCountField,
  optionalDateField,
  optionalMoneyFenField,
  optionalYesNoField,
  parseFields,
  type FieldErrors,
  type FieldsOutput,
  type Outcome,
} from './parse';
import {
  EDUCATIONS,
  ORGANISATION_TYPES,
  PLACINGS,
  PROFILE_KINDS,
  SKILL_LEVELS,
  TRAINING_PROJECTS,
  profileQuestionLabels as L,
} from './profile-fields';
import type { ProfileField } from './profile';

/** The profile's fields, in the order the form asks them; each names its question in its Chinese messages. */
export const profileFieldParsers = {
  /** 个人 or 单位 */
  kind: choiceField(L.kind, PROFILE_KINDS),
  /** The date results are computed for (the caller's today; the rules never read the clock). */
  asOf: optionalDateField(L.asOf),

  // — persons —
  skillLevel: optionalChoiceField(L.skillLevel, SKILL_LEVELS),
  /** 取得高级工（三级）证书的日期 (第十一条) */
  advancedCertificateDate: optionalDateField(L.advancedCertificateDate),
  education: optionalChoiceField(L.education, EDUCATIONS),
  trainingProject: optionalChoiceField(L.trainingProject, TRAINING_PROJECTS),
  competitionPlacing: optionalChoiceField(L.competitionPlacing, PLACINGS),
  honours: optionalChoiceListField(L.honours, HONOURS),
  /** 新引进的高技能人才 (第十六条) */
  newlyIntroduced: optionalYesNoField(L.newlyIntroduced),
  /** 正在或准备创业 (第十五条) */
  startingBusiness: optionalYesNoField(L.startingBusiness),
  /** 在生产一线 (第九条、第十七条) */
  frontline: optionalYesNoField(L.frontline),
  /** 在岗的技能人员或专业技术人员 (第十五条) */
  employed: optionalYesNoField(L.employed),
  /** 有突出贡献或特殊技能 (第十条) */
  outstandingContribution: optionalYesNoField(L.outstandingContribution),

  // — organisations —
  organisationType: optionalChoiceField(L.organisationType, ORGANISATION_TYPES),
  leadingEnterprise: optionalYesNoField(L.leadingEnterprise),
  /** 新认定的市级技能大师工作室个数 (第八条) */
  newStudios: optionalCountField(L.newStudios, MAX_STUDIOS),
  /** 职工教育经费 (第五条), yuan as typed → fen */
  wages: optionalMoneyFenField(L.wages),
  educationSpending: optionalMoneyFenField(L.educationSpending),
  frontlineSpending: optionalMoneyFenField(L.frontlineSpending),
  carriedOver: optionalMoneyFenField(L.carriedOver),
};

/** The profile's field names, in the order the form asks them. */
export const PROFILE_FIELDS = Object.keys(profileFieldParsers) as ProfileField[];

/** The profile as its fields parse it (profile.ts's Profile is the same, as zod types it). */
type ParsedProfile = FieldsOutput<typeof profileFieldParsers>;

/** The checks across fields, run once every field is valid: messages by field, or nothing. */
export function profileCrossFieldErrors(p: ParsedProfile): FieldErrors | undefined {
  const errors: FieldErrors = {};
  if (
    p.frontlineSpending !== undefined &&
    p.educationSpending !== undefined &&
    p.frontlineSpending > p.educationSpending
  )
    errors['frontlineSpending'] = '用于一线职工培训的支出不能大于本年职工教育经费支出';
  if (p.advancedCertificateDate !== undefined && p.asOf !== undefined && p.advancedCertificateDate > p.asOf)
    errors['advancedCertificateDate'] = '取得高级工（三级）证书的日期不能晚于今天';
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/**
 * An untrusted profile (a form's or a URL's raw answers, or any object) → the profile, or Chinese messages by field;
 * never throws. Unanswered fields are left out, as ProfileSchema leaves them out.
 */
export function parseProfile(input: unknown): Outcome<ParsedProfile> {
  const r = parseFields(profileFieldParsers, input, profileCrossFieldErrors);
  if (!r.ok) return r;
  const value = Object.fromEntries(Object.entries(r.value).filter(([, v]) => v !== undefined));
  return { ok: true, value: value as ParsedProfile };
}
