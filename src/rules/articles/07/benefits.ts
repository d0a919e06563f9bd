/**
 * What the article grants: its benefits, declared with the conditions of rules.ts.
 *
 * 第七条 高技能人才培养示范基地项目.
 *
 * “积极争取国家级和省级高技能人才培训基地项目，主要从全市高职院校中推荐，重点选择管理规范、资金使用安全、培训能力强、
 * 高技能人才培养成效显著的项目单位，支持其提升培训能力。”
 */
import type { BenefitDeclaration } from '../../benefit';
import { trainingBaseProjectConditions } from './rules';
import { ASK_OFFICIALS } from '../../worked';

export const art07Benefits = [
  {
    id: 'training-base-project',
    title: '推荐申报国家级、省级高技能人才培训基地项目',
    articles: [7],
    audience: { types: ['organisation'], who: '主要是全市高职院校' },
    kind: 'recommendation',
    amount: null,
    quote: '积极争取国家级和省级高技能人才培训基地项目，主要从全市高职院校中推荐',
    notSaid: ['推荐名额、评审标准和程序，办法没有写。', `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`],
    conditions: trainingBaseProjectConditions,
    deferred:
      '项目由推荐和选拔决定（“重点选择管理规范、资金使用安全、培训能力强、高技能人才培养成效显著的项目单位”），能否被推荐办法没有写。',
  },
] as const satisfies readonly BenefitDeclaration[];
