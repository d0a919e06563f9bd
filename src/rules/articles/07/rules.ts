/**
 * 第七条 高技能人才培养示范基地项目.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';

/** The conditions of training-base-project. */
export const trainingBaseProjectConditions = [
  {
    text: '全市高职院校',
    reads: ['organisationType'],
    words: '主要从全市高职院校中推荐',
    reading: '办法写的是“主要”从全市高职院校中推荐，没有排除其他单位；其他单位能否被推荐，办法没有写。',
    holds: (p) => (p.organisationType === undefined ? undefined : p.organisationType === 'higher-vocational-college'),
  },
] as const satisfies readonly Condition[];
