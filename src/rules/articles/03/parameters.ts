/** 第三条 主要目标: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const newHighSkillTalentTarget = /* @__PURE__ */ parameter({
  id: 'newHighSkillTalentTarget',
  label: '到2025年全市新培养高技能人才目标',
  value: 135_000,
  unit: 'persons',
  article: 3,
  quote: '到2025年，全市新培养高技能人才13.5万人',
});
export const targetYear = /* @__PURE__ */ parameter({
  id: 'targetYear',
  label: '主要目标的目标年份',
  value: 2025,
  unit: 'years',
  article: 3,
  quote: '到2025年',
});
