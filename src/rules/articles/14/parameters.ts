/** 第十四条 评选表彰: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const honoursInterval = /* @__PURE__ */ parameter({
  id: 'honoursInterval',
  label: '许昌技能大奖和许昌市技术能手评选表彰周期',
  value: 2,
  unit: 'years',
  article: 14,
  quote: '每2年开展一届许昌技能大奖和许昌市技术能手评选表彰活动',
});
export const xuchangSkillsAwardQuota = /* @__PURE__ */ parameter({
  id: 'xuchangSkillsAwardQuota',
  label: '每次表彰“许昌技能大奖”获得者人数',
  value: 10,
  unit: 'persons',
  article: 14,
  quote: '每次表彰“许昌技能大奖”获得者10名',
});
export const xuchangTechnicalExpertQuota = /* @__PURE__ */ parameter({
  id: 'xuchangTechnicalExpertQuota',
  label: '每次表彰“许昌市技术能手”获得者人数',
  value: 50,
  unit: 'persons',
  article: 14,
  quote: '“许昌市技术能手”获得者50名',
});
