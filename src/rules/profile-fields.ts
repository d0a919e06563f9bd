/**
 * 自查问卷的选项: the profile's kinds, choices and their Chinese labels (fields.ts builds the questions from them). No zod,
 * so the article modules (and a calculator that imports one) can name them without the checker's schema.
 */
/** 个人 or 单位 */
export const PROFILE_KINDS = ['person', 'organisation'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

import type { SkillLevel } from './skill-levels';
import { COMPETITION_PLACINGS, competitionPlacingLabels } from './articles/13/placings';
import { HONOURS, honourLabels, type Honour } from './articles/16/honours';

export { COMPETITION_PLACINGS, HONOURS, honourLabels, type Honour };
export type { CompetitionPlacing } from './articles/13/placings';

export * from './skill-levels';
export * from './training-projects';
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

/** 全市技能大赛名次 */
export const PLACINGS = ['none', ...COMPETITION_PLACINGS] as const;
export type Placing = (typeof PLACINGS)[number];
/** 第十三条's placings and their names (articles/13/placings.ts), and none. */
export const placingLabels: Record<Placing, string> = { none: '没有获奖，或没有参加', ...competitionPlacingLabels };

/** 单位类型 */
export const ORGANISATION_TYPES = [
  'enterprise',
  'technical-school',
  'higher-vocational-college',
  'training-institution',
  'industry-association',
  'public-training-base',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export const organisationTypeLabels: Record<OrganisationType, string> = {
  enterprise: '企业',
  'technical-school': '技工院校或中等职业学校',
  'higher-vocational-college': '高职院校',
  'training-institution': '培训机构',
  'industry-association': '行业协会',
  'public-training-base': '公共实训基地',
};
