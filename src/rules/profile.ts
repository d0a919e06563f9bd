/**
 * 自查问卷: the profile `evaluate` reads, one flat object so a short step-by-step form and a URL query can both
 * carry it. Only questions that change a result are asked; every answer except `kind` may be left out (a missing
 * answer puts the benefits that depend on it in 还需确认). Fields for the other kind are ignored.
 */
import { z } from 'zod/mini';
import { HONOURS } from './art16-titles';
import { MAX_STUDIOS } from './art08-master-studio';
import {
  choiceField,
  optionalChoiceField,
  optionalChoiceListField,
  optionalCountField,
  optionalDateField,
  optionalMoneyFenField,
  optionalYesNoField,
} from './parse';
import { zodField } from './zod-field';
import {
  EDUCATIONS,
  ORGANISATION_TYPES,
  PLACINGS,
  PROFILE_KINDS,
  SKILL_LEVELS,
  TRAINING_PROJECTS,
  profileQuestionLabels as L,
} from './profile-fields';

export * from './profile-fields';

export const ProfileSchema = z
  .object({
    /** 个人 or 单位 */
    kind: zodField(choiceField(L.kind, PROFILE_KINDS)),
    /** The date results are computed for (the caller's today; the rules never read the clock). */
    asOf: zodField(optionalDateField(L.asOf)),

    // — persons —
    skillLevel: zodField(optionalChoiceField(L.skillLevel, SKILL_LEVELS)),
    /** 取得高级工（三级）证书的日期 (第十一条) */
    advancedCertificateDate: zodField(optionalDateField(L.advancedCertificateDate)),
    education: zodField(optionalChoiceField(L.education, EDUCATIONS)),
    trainingProject: zodField(optionalChoiceField(L.trainingProject, TRAINING_PROJECTS)),
    competitionPlacing: zodField(optionalChoiceField(L.competitionPlacing, PLACINGS)),
    honours: zodField(optionalChoiceListField(L.honours, HONOURS)),
    /** 新引进的高技能人才 (第十六条) */
    newlyIntroduced: zodField(optionalYesNoField(L.newlyIntroduced)),
    /** 正在或准备创业 (第十五条) */
    startingBusiness: zodField(optionalYesNoField(L.startingBusiness)),
    /** 在生产一线 (第九条、第十七条) */
    frontline: zodField(optionalYesNoField(L.frontline)),
    /** 在岗的技能人员或专业技术人员 (第十五条) */
    employed: zodField(optionalYesNoField(L.employed)),
    /** 有突出贡献或特殊技能 (第十条) */
    outstandingContribution: zodField(optionalYesNoField(L.outstandingContribution)),

    // — organisations —
    organisationType: zodField(optionalChoiceField(L.organisationType, ORGANISATION_TYPES)),
    leadingEnterprise: zodField(optionalYesNoField(L.leadingEnterprise)),
    /** 新认定的市级技能大师工作室个数 (第八条) */
    newStudios: zodField(optionalCountField(L.newStudios, MAX_STUDIOS)),
    /** 职工教育经费 (第五条), yuan as typed → fen */
    wages: zodField(optionalMoneyFenField(L.wages)),
    educationSpending: zodField(optionalMoneyFenField(L.educationSpending)),
    frontlineSpending: zodField(optionalMoneyFenField(L.frontlineSpending)),
    carriedOver: zodField(optionalMoneyFenField(L.carriedOver)),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (
        p.frontlineSpending !== undefined &&
        p.educationSpending !== undefined &&
        p.frontlineSpending > p.educationSpending
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['frontlineSpending'],
          message: '用于一线职工培训的支出不能大于本年职工教育经费支出',
          input: p.frontlineSpending,
        });
      }
      if (p.advancedCertificateDate !== undefined && p.asOf !== undefined && p.advancedCertificateDate > p.asOf) {
        ctx.addIssue({
          code: 'custom',
          path: ['advancedCertificateDate'],
          message: '取得高级工（三级）证书的日期不能晚于今天',
          input: p.advancedCertificateDate,
        });
      }
    }),
  );

/** A validated profile (amounts in fen, dates ISO). */
export type Profile = z.output<typeof ProfileSchema>;
/** The profile's field names, in the order the form asks them. */
export type ProfileField = keyof Profile;
export const PROFILE_FIELDS = Object.keys(ProfileSchema.shape) as ProfileField[];
