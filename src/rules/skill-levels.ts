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

/**
 * 高技能人才: the measure does not define it. The site reads it as 高级工（三级）及以上, so a reading, never a reason for
 * 暂不符合 (used by 第九条 and 第十四条).
 */
export const HIGH_SKILLED_READING =
  '办法没有界定“高技能人才”；本站理解为取得高级工（三级）及以上证书的人员，这不是办法的原话，是否属于以主管部门的认定为准。';
