/**
 * What the article grants: its benefits, declared with the conditions of rules.ts.
 *
 * 第十条 企业职工技能人才自主评价.
 *
 * “在技能人才评价上，给予企业最大限度自主权。对有突出贡献和特殊技能的人员，可放宽技师、高级技师申报条件。”
 */
import type { BenefitDeclaration } from '../../benefit';
import { relaxedTechnicianRequirementsConditions, enterpriseSelfEvaluationConditions } from './rules';
import { ASK_OFFICIALS } from '../../worked';

const ASK = `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`;

export const art10Benefits = [
  {
    id: 'relaxed-technician-requirements',
    title: '放宽技师、高级技师申报条件',
    articles: [10],
    audience: { types: ['person'], who: '有突出贡献和特殊技能的人员' },
    kind: 'evaluation',
    amount: null,
    quote: '对有突出贡献和特殊技能的人员，可放宽技师、高级技师申报条件',
    notSaid: ['“突出贡献”“特殊技能”如何认定、由谁认定、放宽哪些条件，办法都没有写。', ASK],
    conditions: relaxedTechnicianRequirementsConditions,
    deferred: '办法写的是“可放宽”技师、高级技师申报条件；如何认定、放宽哪些条件，办法没有写。',
  },
  {
    id: 'enterprise-self-evaluation',
    title: '企业技能人才自主评价',
    articles: [10],
    audience: { types: ['organisation'], who: '企业' },
    kind: 'evaluation',
    amount: null,
    quote: '在技能人才评价上，给予企业最大限度自主权',
    notSaid: ['开展自主评价的备案条件和程序，办法没有写。', ASK],
    conditions: enterpriseSelfEvaluationConditions,
    deferred:
      '“充分发挥企业……主体作用”“给予企业最大限度自主权”是方向，不是可以直接享受的待遇；开展自主评价的条件和备案，办法没有写，需要向主管部门确认。',
    granted: () => ({ reason: '在技能人才评价上，给予企业最大限度自主权。' }),
  },
] as const satisfies readonly BenefitDeclaration[];
