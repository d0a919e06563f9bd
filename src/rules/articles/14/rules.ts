/**
 * 第十四条 加大优秀高技能人才评选表彰力度.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';
import { highSkilled } from '../../high-skilled';

/** The conditions of skills-honours. */
export const skillsHonoursConditions = [
  highSkilled('加大优秀高技能人才评选表彰力度'),
] as const satisfies readonly Condition[];
