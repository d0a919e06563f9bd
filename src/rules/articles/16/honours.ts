/**
 * 第十六条's honours (and the others a person may hold): stable ids and Chinese names. A module without imports, so the
 * field table (fields.ts) and the article's conditions both read it without an import circle.
 */
/** Honours and competition results a person may hold (stable ids). */
export const HONOURS = [
  'china-skills-award',
  'worldskills-gold',
  'worldskills-silver',
  'worldskills-bronze',
  'worldskills-excellence',
  'national-gold',
  'national-other',
  'zhongyuan-skills-award',
  'zhongyuan-skills-master',
  'zhongyuan-craftsman',
  'xuchang-skills-award',
  'xuchang-technical-expert',
  'xuchang-craftsman',
] as const;
export type Honour = (typeof HONOURS)[number];

/** Chinese names of the honours. */
export const honourLabels: Record<Honour, string> = {
  'china-skills-award': '中华技能大奖',
  'worldskills-gold': '世界技能大赛金牌',
  'worldskills-silver': '世界技能大赛银牌',
  'worldskills-bronze': '世界技能大赛铜牌',
  'worldskills-excellence': '世界技能大赛优胜奖',
  'national-gold': '全国职业技能大赛（国赛）金牌',
  'national-other': '国赛银牌、铜牌或优胜奖',
  'zhongyuan-skills-award': '中原技能大奖',
  'zhongyuan-skills-master': '中原技能大师',
  'zhongyuan-craftsman': '中原大工匠',
  'xuchang-skills-award': '许昌技能大奖',
  'xuchang-technical-expert': '许昌市技术能手',
  'xuchang-craftsman': '许昌大工匠',
};
