/**
 * 高技能人才: the measure does not define it. The site reads it as 高级工（三级）及以上, so a reading, never a reason for
 * 暂不符合 (used by 第九条 and 第十四条). Apart from skill-levels.ts, which the technician-date calculator loads beside the
 * checker: a module the two share goes into one chunk whole, and this sentence is the checker's only.
 */
import type { ReadingCondition } from './benefit';
import { levelAtLeast } from './skill-levels';

export const HIGH_SKILLED_READING =
  '办法没有界定“高技能人才”；本站理解为取得高级工（三级）及以上证书的人员，这不是办法的原话，是否属于以主管部门的认定为准。';

/** The condition “高技能人才” as the site reads it, resting on `words`, the article's own words that name them. */
export const highSkilled = (words: string) =>
  ({
    text: '高技能人才（本站理解：高级工及以上）',
    reads: ['skillLevel'],
    words,
    reading: HIGH_SKILLED_READING,
    holds: (p) => levelAtLeast(p.skillLevel, 'advanced'),
  }) as const satisfies ReadingCondition;
