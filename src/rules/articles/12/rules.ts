/**
 * 第十二条 社会培训评价组织建设.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects), apart from the
 * declarations, so that a calculator of this article bundles these and not the rest (src/rules/README.md).
 */
import type { Condition } from '../../benefit';

/** The conditions of evaluation-organisation-filing. */
export const evaluationOrganisationFilingConditions = [
  {
    text: '企业、行业协会或培训机构',
    reads: ['organisationType'],
    words: '各类企业、行业协会和培训机构',
    reading: '办法点名的是各类企业、行业协会和培训机构；院校、公共实训基地等其他单位没有写到，也没有被排除。',
    holds: (p) =>
      p.organisationType === undefined
        ? undefined
        : p.organisationType === 'enterprise' ||
          p.organisationType === 'industry-association' ||
          p.organisationType === 'training-institution',
  },
] as const satisfies readonly Condition[];
