/**
 * 第十三条 发挥职业技能竞赛引领作用 — 全市技能大赛奖励.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import { choiceField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { COMPETITION_PLACINGS, competitionPlacings, type CompetitionPlacing } from './conditions';
import { useParameter, type WorkedStep } from '../../worked';

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

export { COMPETITION_PLACINGS, competitionPlacings, type CompetitionPlacing };

export const CityCompetitionAwardInputFields = {
  placing: choiceField('全市技能大赛名次', COMPETITION_PLACINGS),
};
export type CityCompetitionAwardInput = FieldsOutput<typeof CityCompetitionAwardInputFields>;

/** 第十三条: the placing → its award (conditions.ts: competitionPlacings, amounts in parameters.ts). */
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
