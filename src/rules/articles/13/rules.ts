/**
 * 第十三条 发挥职业技能竞赛引领作用 — 全市技能大赛奖励.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects) and its
 * calculator’s formula (the input fields, the type of the result, the function). Apart from the declarations, so a
 * calculator page bundles these and not the rest of the article.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
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
import { choiceField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { useParameter, type WorkedStep } from '../../worked';

// ——— conditions ———

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

// ——— formula ———

/** What the calculator finds. */
export interface CityCompetitionAwardResult {
  placing: CompetitionPlacing;
  placingLabel: string;
  amountYuan: number;
  amountText: string;
  parameterId: string;
  article: 13;
  steps: WorkedStep[];
}

export const CityCompetitionAwardInputFields = {
  placing: choiceField('全市技能大赛名次', COMPETITION_PLACINGS),
};
export type CityCompetitionAwardInput = FieldsOutput<typeof CityCompetitionAwardInputFields>;

/** 第十三条: the placing → its award (competitionPlacings above, amounts in parameters.ts). */
export function cityCompetitionAward(input: unknown): Outcome<CityCompetitionAwardResult> {
  const parsed = parseFields(CityCompetitionAwardInputFields, input);
  if (!parsed.ok) return parsed;
  const { placing } = parsed.value;
  const { label, parameter } = competitionPlacings[placing];
  const amountYuan = parameter.value;
  return {
    ok: true,
    value: {
      placing,
      placingLabel: label,
      amountYuan,
      amountText: formatYuan(amountYuan),
      parameterId: parameter.id,
      article: 13,
      steps: [{ text: `全市技能大赛${label}：奖励 ${formatYuan(amountYuan)}`, parameters: [useParameter(parameter)] }],
    },
  };
}
