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

export const PROFILE_KINDS = ['person', 'organisation'] as const;

/** 当前职业技能等级 (none, 初级工 five → 高级技师 one). */
export const SKILL_LEVELS = ['none', 'junior', 'intermediate', 'advanced', 'technician', 'senior-technician'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const skillLevelLabels: Record<SkillLevel, string> = {
  none: '没有职业技能等级证书',
  junior: '初级工（五级）',
  intermediate: '中级工（四级）',
  advanced: '高级工（三级）',
  technician: '技师（二级）',
  'senior-technician': '高级技师（一级）',
};

/** 学历或在读情况 — one answer decides 第十一条 and 第十五条. */
export const EDUCATIONS = [
  'secondary-vocational-graduate',
  'higher-vocational-graduate',
  'undergraduate-applied-graduate',
  'technical-school-technician-class-student',
  'technical-school-advanced-class-graduate',
  'technical-school-technician-class-graduate',
  'other',
] as const;
export type Education = (typeof EDUCATIONS)[number];
export const educationLabels: Record<Education, string> = {
  'secondary-vocational-graduate': '中等职业学校毕业生',
  'higher-vocational-graduate': '高等职业学校毕业生',
  'undergraduate-applied-graduate': '本科院校应用型专业毕业生',
  'technical-school-technician-class-student': '技工院校预备技师班、技师班在读学生',
  'technical-school-advanced-class-graduate': '技工院校高级工班毕业生',
  'technical-school-technician-class-graduate': '技工院校预备技师（技师）班毕业生',
  other: '以上都不是',
};

/** 第六条 技师项目: which type, if any. */
export const TRAINING_PROJECTS = ['none', 'new-technician', 'new-senior-technician', 'senior-upgrade'] as const;
export type TrainingProject = (typeof TRAINING_PROJECTS)[number];
export const trainingProjectLabels: Record<TrainingProject, string> = {
  none: '没有参加技师项目',
  'new-technician': '经技师项目新培养为技师',
  'new-senior-technician': '经技师项目新培养为高级技师',
  'senior-upgrade': '高级技师参加岗位技能提升培训',
};

/** 全市技能大赛名次 */
export const PLACINGS = ['none', 'first', 'second', 'third', 'merit'] as const;

/** 单位类型 */
export const ORGANISATION_TYPES = ['enterprise', 'technical-school', 'higher-vocational-college', 'training-institution', 'industry-association', 'public-training-base'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export const organisationTypeLabels: Record<OrganisationType, string> = {
  enterprise: '企业',
  'technical-school': '技工院校或中等职业学校',
  'higher-vocational-college': '高职院校',
  'training-institution': '培训机构',
  'industry-association': '行业协会',
  'public-training-base': '公共实训基地',
};

export const ProfileSchema = z
  .object({
    /** 个人 or 单位 */
    kind: zodField(choiceField('自查对象（个人或单位）', PROFILE_KINDS)),
    /** The date results are computed for (the caller's today; the rules never read the clock). */
    asOf: zodField(optionalDateField('今天的日期')),

    // — persons —
    skillLevel: zodField(optionalChoiceField('当前职业技能等级', SKILL_LEVELS)),
    /** 取得高级工（三级）证书的日期 (第十一条) */
    advancedCertificateDate: zodField(optionalDateField('取得高级工（三级）证书的日期')),
    education: zodField(optionalChoiceField('学历或在读情况', EDUCATIONS)),
    trainingProject: zodField(optionalChoiceField('技师项目培养情况', TRAINING_PROJECTS)),
    competitionPlacing: zodField(optionalChoiceField('全市技能大赛名次', PLACINGS)),
    honours: zodField(optionalChoiceListField('获得的荣誉或竞赛奖项', HONOURS)),
    /** 新引进的高技能人才 (第十六条) */
    newlyIntroduced: zodField(optionalYesNoField('是否新引进的高技能人才')),
    /** 正在或准备创业 (第十五条) */
    startingBusiness: zodField(optionalYesNoField('是否创业')),
    /** 在生产一线 (第九条、第十七条) */
    frontline: zodField(optionalYesNoField('是否在生产一线工作')),
    /** 在岗的技能人员或专业技术人员 (第十五条) */
    employed: zodField(optionalYesNoField('是否在岗的技能人员或专业技术人员')),
    /** 有突出贡献或特殊技能 (第十条) */
    outstandingContribution: zodField(optionalYesNoField('是否有突出贡献和特殊技能')),

    // — organisations —
    organisationType: zodField(optionalChoiceField('单位类型', ORGANISATION_TYPES)),
    leadingEnterprise: zodField(optionalYesNoField('是否龙头企业')),
    /** 新认定的市级技能大师工作室个数 (第八条) */
    newStudios: zodField(optionalCountField('新认定的市级技能大师工作室个数', MAX_STUDIOS)),
    /** 职工教育经费 (第五条), yuan as typed → fen */
    wages: zodField(optionalMoneyFenField('工资薪金总额')),
    educationSpending: zodField(optionalMoneyFenField('本年职工教育经费支出')),
    frontlineSpending: zodField(optionalMoneyFenField('用于一线职工培训的支出')),
    carriedOver: zodField(optionalMoneyFenField('以前年度结转的金额')),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.frontlineSpending !== undefined && p.frontlineSpending > (p.educationSpending ?? 0)) {
        ctx.addIssue({ code: 'custom', path: ['frontlineSpending'], message: '用于一线职工培训的支出不能大于本年职工教育经费支出', input: p.frontlineSpending });
      }
      if (p.advancedCertificateDate !== undefined && p.asOf !== undefined && p.advancedCertificateDate > p.asOf) {
        ctx.addIssue({ code: 'custom', path: ['advancedCertificateDate'], message: '取得高级工（三级）证书的日期不能晚于今天', input: p.advancedCertificateDate });
      }
    }),
  );

/** A validated profile (amounts in fen, dates ISO). */
export type Profile = z.output<typeof ProfileSchema>;
/** The profile's field names, in the order the form asks them. */
export type ProfileField = keyof Profile;
export const PROFILE_FIELDS = Object.keys(ProfileSchema.shape) as ProfileField[];
