/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第十三条 发挥职业技能竞赛引领作用 — 全市技能大赛奖励.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import type { BenefitDeclaration } from '../../benefit';
import { cityCompetitionFirstPrize } from './parameters';
import { cityCompetitionAward } from './rules';
import { cityCompetitionInterval } from './parameters';
import { ASK_OFFICIALS } from '../../worked';
import { PLACED, cityCompetitionAwardConditions } from './rules';

/**
 * What 第十三条 leaves unsaid; the competition-award calculator shows it (from the registry's `props`, in the page's
 * HTML).
 */
export const CITY_COMPETITION_NOT_SAID: readonly string[] = [
  `奖励针对“全市技能大赛”（每${cityCompetitionInterval.value}年一届）的选手；行业、企业自办的竞赛和世赛、国赛、省赛的奖励，办法没有写。`,
  '办法没有写明奖励能否与其他竞赛奖励、表彰同时享受，也没有写发放程序和时间。',
  `以上${ASK_OFFICIALS}。`,
];

// ——— what 第十三条 grants ———

export const art13Benefits = [
  {
    id: 'city-competition-award',
    title: '全市技能大赛奖励',
    articles: [13],
    audience: { types: ['person'], who: '获得全市技能大赛第一名、第二名、第三名和优胜奖的选手' },
    kind: 'money',
    amount: {
      type: 'by-placing',
      parameterIds: [
        'cityCompetitionFirstPrize',
        'cityCompetitionSecondPrize',
        'cityCompetitionThirdPrize',
        'cityCompetitionMeritPrize',
      ],
    },
    quote: `对${PLACED}，${cityCompetitionFirstPrize.quote}`,
    notSaid: CITY_COMPETITION_NOT_SAID,
    conditions: cityCompetitionAwardConditions,
    // the amount and its arithmetic are the calculator's (rules.ts): one formula for both
    granted: (p) => {
      if (p.competitionPlacing === undefined || p.competitionPlacing === 'none') return {};
      const r = cityCompetitionAward({ placing: p.competitionPlacing });
      if (!r.ok) return {};
      const { placingLabel, amountYuan, amountText, steps } = r.value;
      return {
        reason: `全市技能大赛${placingLabel}的选手，第十三条规定奖励 ${amountText}。`,
        amountYuan,
        amountText,
        arithmetic: steps,
      };
    },
  },
] as const satisfies readonly BenefitDeclaration[];
