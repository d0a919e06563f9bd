/**
 * 第十条 企业职工技能人才自主评价.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';

/** The conditions of relaxed-technician-requirements. */
export const relaxedTechnicianRequirementsConditions = [
  {
    text: '有突出贡献和特殊技能',
    reads: ['outstandingContribution'],
    words: '对有突出贡献和特殊技能的人员',
    holds: (p) => p.outstandingContribution,
  },
] as const satisfies readonly Condition[];

/** The conditions of enterprise-self-evaluation. */
export const enterpriseSelfEvaluationConditions = [
  {
    text: '企业',
    reads: ['organisationType'],
    words: '给予企业最大限度自主权',
    holds: (p) => (p.organisationType === undefined ? undefined : p.organisationType === 'enterprise'),
  },
] as const satisfies readonly Condition[];
