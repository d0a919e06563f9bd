/**
 * 第十三条 发挥职业技能竞赛引领作用 — 全市技能大赛奖励.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import { choiceField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { COMPETITION_PLACINGS, competitionPlacings, type CompetitionPlacing } from './conditions';
import { useParameter, type WorkedStep } from '../../worked';
import { ASK_OFFICIALS } from '../../worked';
import { cityCompetitionInterval } from './parameters';

/** What the calculator finds. */
export interface CityCompetitionAwardResult {
  placing: CompetitionPlacing;
  placingLabel: string;
  amountYuan: number;
  amountText: string;
  parameterId: string;
  article: 13;
  steps: WorkedStep[];
  notSaid: string[];
}

export { COMPETITION_PLACINGS, competitionPlacings, type CompetitionPlacing };

export const CityCompetitionAwardInputFields = {
  placing: choiceField('全市技能大赛名次', COMPETITION_PLACINGS),
};
export type CityCompetitionAwardInput = FieldsOutput<typeof CityCompetitionAwardInputFields>;

export const CITY_COMPETITION_NOT_SAID: readonly string[] = [
  `奖励针对“全市技能大赛”（每${cityCompetitionInterval.value}年一届）的选手；行业、企业自办的竞赛和世赛、国赛、省赛的奖励，办法没有写。`,
  '办法没有写明奖励能否与其他竞赛奖励、表彰同时享受，也没有写发放程序和时间。',
  `以上${ASK_OFFICIALS}。`,
];

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
      notSaid: [...CITY_COMPETITION_NOT_SAID],
    },
  };
}
