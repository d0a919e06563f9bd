/**
 * 技师项目 (第六条): the types of training and their labels. A module of its own, as skill-levels.ts, so that the
 * training-subsidy calculator names a type without the labels of the whole questionnaire.
 */
/** 第六条 技师项目: which type, if any. */
export const TRAINING_PROJECTS = ['none', 'new-technician', 'new-senior-technician', 'senior-upgrade'] as const;
export type TrainingProject = (typeof TRAINING_PROJECTS)[number];
export const trainingProjectLabels: Record<TrainingProject, string> = {
  none: '没有参加技师项目',
  'new-technician': '经技师项目新培养为技师',
  'new-senior-technician': '经技师项目新培养为高级技师',
  'senior-upgrade': '参加高级技师岗位技能提升培训',
};
