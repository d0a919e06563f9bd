/**
 * 第十七条 持续完善技能导向激励机制.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';
import { levelAtLeast } from '../../skill-levels';

/** The conditions of equal-treatment-with-engineers. */
export const equalTreatmentWithEngineersConditions = [
  {
    text: '技师或高级技师',
    reads: ['skillLevel'],
    words: '技师、高级技师',
    holds: (p) => levelAtLeast(p.skillLevel, 'technician'),
    change: () => '取得技师（二级）或高级技师（一级）。',
  },
  {
    text: '在生产一线工作（是否“做出贡献”，没有问）',
    reads: ['frontline'],
    words: '在生产一线做出贡献',
    holds: (p) => p.frontline,
  },
] as const satisfies readonly Condition[];
