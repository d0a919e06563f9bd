/**
 * What the article grants: its benefits, declared with the conditions of rules.ts.
 *
 * 第十四条 加大优秀高技能人才评选表彰力度.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import type { BenefitDeclaration } from '../../benefit';
import { skillsHonoursConditions } from './rules';
import { formatParameter } from '../../format';
import { honoursInterval, xuchangSkillsAwardQuota, xuchangTechnicalExpertQuota } from './parameters';
import { ASK_OFFICIALS } from '../../worked';

const each = `每${honoursInterval.value}年评选一届，每次表彰“许昌技能大奖”${formatParameter(xuchangSkillsAwardQuota)}、“许昌市技术能手”${formatParameter(xuchangTechnicalExpertQuota)}`;

export const art14Benefits = [
  {
    id: 'skills-honours',
    title: '许昌技能大奖、许昌市技术能手等评选表彰',
    articles: [14],
    audience: { types: ['person'], who: '高技能人才' },
    kind: 'honour',
    amount: null,
    quote: `${honoursInterval.quote}，${xuchangSkillsAwardQuota.quote}、${xuchangTechnicalExpertQuota.quote}`,
    notSaid: [
      '评选条件、推荐程序和是否有奖金，办法没有写；“高技能人才”的范围办法也没有界定。',
      '另有“市政府特殊津贴”“许昌大工匠”表彰，并积极申报“中原技能大师”“中原大工匠”“中原技能大奖”等；条件办法没有写。',
      `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`,
    ],
    conditions: skillsHonoursConditions,
    deferred: `${each}；能否入选由评选决定，评选条件办法没有写。`,
  },
] as const satisfies readonly BenefitDeclaration[];
