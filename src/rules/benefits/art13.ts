/**
 * What the article grants (declarations: benefits and their conditions); the calculator is in ../art13-competitions.ts.
 *
 * 第十三条 发挥职业技能竞赛引领作用 — 全市技能大赛奖励.
 *
 * “全市技能大赛……每2年举办一届，对获得全市技能大赛第一名、第二名、第三名和优胜奖的选手，分别给予5000元、3000元、2000元和1000元奖励。”
 */
import { formatYuan } from '../format';
import { useParameter } from '../worked';
import type { BenefitDeclaration } from '../benefit';
import { cityCompetitionFirstPrize } from '../parameters/art13';
import { CITY_COMPETITION_NOT_SAID, competitionPlacings } from '../art13-competitions';
import { PLACED, cityCompetitionAwardConditions } from './art13-conditions';

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
    granted: (p) => {
      if (p.competitionPlacing === undefined || p.competitionPlacing === 'none') return {};
      const { label, parameter } = competitionPlacings[p.competitionPlacing];
      const amount = parameter.value;
      return {
        reason: `全市技能大赛${label}的选手，第十三条规定奖励 ${formatYuan(amount)}。`,
        amountYuan: amount,
        amountText: formatYuan(amount),
        arithmetic: [{ text: `全市技能大赛${label}：${formatYuan(amount)}`, parameters: [useParameter(parameter)] }],
      };
    },
  },
] as const satisfies readonly BenefitDeclaration[];
