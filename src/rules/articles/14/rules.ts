/**
 * 第十四条 加大优秀高技能人才评选表彰力度.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';
import { levelAtLeast } from '../../skill-levels';
import { HIGH_SKILLED_READING } from '../../high-skilled';

/** The conditions of skills-honours. */
export const skillsHonoursConditions = [
  {
    text: '高技能人才（本站理解：高级工及以上）',
    reads: ['skillLevel'],
    words: '加大优秀高技能人才评选表彰力度',
    reading: HIGH_SKILLED_READING,
    holds: (p) => levelAtLeast(p.skillLevel, 'advanced'),
  },
] as const satisfies readonly Condition[];
