/**
 * 第十三条's condition, in a module of its own so the competition-award calculator bundles it and not the rest of the
 * article's declarations (benefits.ts uses it).
 */
import { formatYuan } from '../../format';
import type { StatedCondition } from '../../benefit';
import type { Parameter } from '../../parameter';
import { COMPETITION_PLACINGS, competitionPlacingLabels as placingLabels, type CompetitionPlacing } from './placings';
import {
  cityCompetitionFirstPrize,
  cityCompetitionInterval,
  cityCompetitionMeritPrize,
  cityCompetitionSecondPrize,
  cityCompetitionThirdPrize,
} from './parameters';

export { COMPETITION_PLACINGS, type CompetitionPlacing };

/** Each placing, its Chinese name (placings.ts) and its award. */
export const competitionPlacings: Record<CompetitionPlacing, { label: string; parameter: Parameter }> = {
  first: { label: placingLabels.first, parameter: cityCompetitionFirstPrize },
  second: { label: placingLabels.second, parameter: cityCompetitionSecondPrize },
  third: { label: placingLabels.third, parameter: cityCompetitionThirdPrize },
  merit: { label: placingLabels.merit, parameter: cityCompetitionMeritPrize },
};

/** Who the award is for: the placed contestants. */
export const PLACED = `获得全市技能大赛第一名、第二名、第三名和优胜奖的选手`;

/** The conditions of 全市技能大赛奖励 (city-competition-award). */
export const cityCompetitionAwardConditions = [
  {
    text: '在全市技能大赛获得第一名、第二名、第三名或优胜奖',
    reads: ['competitionPlacing'],
    words: PLACED,
    holds: (p) => (p.competitionPlacing === undefined ? undefined : p.competitionPlacing !== 'none'),
    change: () => {
      const amounts = COMPETITION_PLACINGS.map((k) => formatYuan(competitionPlacings[k].parameter.value)).join('、');
      return `在全市技能大赛（每${cityCompetitionInterval.value}年一届）获得第一名、第二名、第三名或优胜奖，分别奖励 ${amounts}。`;
    },
  },
] as const satisfies readonly StatedCondition[];
