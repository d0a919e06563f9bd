/**
 * What the article grants: its benefits, declared with the conditions of rules.ts.
 *
 * 第十二条 社会培训评价组织建设.
 *
 * “引导和支持各类企业、行业协会和培训机构备案评价机构，逐步实现技能类职业（工种）全覆盖。”
 */
import type { BenefitDeclaration } from '../../benefit';
import { evaluationOrganisationFilingConditions } from './rules';
import { ASK_OFFICIALS } from '../../worked';

export const art12Benefits = [
  {
    id: 'evaluation-organisation-filing',
    title: '备案为社会培训评价组织',
    articles: [12],
    audience: { types: ['organisation'], who: '各类企业、行业协会和培训机构' },
    kind: 'encouragement',
    amount: null,
    quote: '引导和支持各类企业、行业协会和培训机构备案评价机构',
    notSaid: ['备案的条件、程序和受理部门，办法没有写。', `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`],
    conditions: evaluationOrganisationFilingConditions,
    deferred:
      '办法是“引导和支持”备案评价机构，这是鼓励，不是单位可以直接要求的待遇，也不是义务；备案的条件和程序办法没有写。',
  },
] as const satisfies readonly BenefitDeclaration[];
