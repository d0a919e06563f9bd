/**
 * What the article grants: its benefits, declared with the conditions of rules.ts.
 *
 * 第九条 “金蓝领”技能提升培训项目.
 *
 * “每年推荐全市各类企业一线优秀高技能人才赴省内外知名企业培训中心、国家级技能大师工作室、职业院校或省级技能人才公共实训
 * 鉴定示范基地等场所开展技能提升培训。”
 */
import type { BenefitDeclaration } from '../../benefit';
import { goldCollarTrainingConditions } from './rules';
import { ASK_OFFICIALS } from '../../worked';

export const art09Benefits = [
  {
    id: 'gold-collar-training',
    title: '推荐参加“金蓝领”技能提升培训',
    articles: [9],
    audience: { types: ['person'], who: '全市各类企业一线优秀高技能人才' },
    kind: 'recommendation',
    amount: null,
    quote:
      '每年推荐全市各类企业一线优秀高技能人才赴省内外知名企业培训中心、国家级技能大师工作室、职业院校或省级技能人才公共实训鉴定示范基地等场所开展技能提升培训',
    notSaid: ['推荐名额、条件和程序，办法没有写。', `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`],
    conditions: goldCollarTrainingConditions,
    deferred: '每年从企业一线优秀高技能人才中推荐参加“金蓝领”技能提升培训；是否被推荐由选拔决定，推荐条件办法没有写。',
  },
] as const satisfies readonly BenefitDeclaration[];
