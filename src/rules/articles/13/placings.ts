/**
 * 第十三条 全市技能大赛's placings: stable ids and Chinese names. A module without imports, so the field table (through
 * profile-fields.ts) and the article's conditions both read it without an import circle; the awards are in
 * parameters.ts, paired with the placings in rules.ts.
 */
export const COMPETITION_PLACINGS = ['first', 'second', 'third', 'merit'] as const;
export type CompetitionPlacing = (typeof COMPETITION_PLACINGS)[number];

export const competitionPlacingLabels: Record<CompetitionPlacing, string> = {
  first: '第一名',
  second: '第二名',
  third: '第三名',
  merit: '优胜奖',
};
