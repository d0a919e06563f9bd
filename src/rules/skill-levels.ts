/**
 * 职业技能等级: the levels in order, and the comparisons conditions make on them. A module of its own so that an article
 * module (and a calculator that imports it) needs no labels of the whole questionnaire.
 */

/** 当前职业技能等级 (none, 初级工 five → 高级技师 one). */
export const SKILL_LEVELS = ['none', 'junior', 'intermediate', 'advanced', 'technician', 'senior-technician'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Whether a skill level is at least `min` (undefined when the level is not answered). */
export function levelAtLeast(level: SkillLevel | undefined, min: SkillLevel): boolean | undefined {
  return level === undefined ? undefined : SKILL_LEVELS.indexOf(level) >= SKILL_LEVELS.indexOf(min);
}
