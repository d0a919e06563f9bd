/**
 * 第九条 “金蓝领”技能提升培训项目.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';
import { highSkilled } from '../../high-skilled';

/** The conditions of gold-collar-training. */
export const goldCollarTrainingConditions = [
  {
    text: '在企业生产一线工作',
    reads: ['frontline'],
    words: '全市各类企业一线优秀高技能人才',
    holds: (p) => p.frontline,
  },
  highSkilled('优秀高技能人才'),
] as const satisfies readonly Condition[];
