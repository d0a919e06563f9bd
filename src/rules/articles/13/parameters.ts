/** 第十三条 全市技能大赛: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const cityCompetitionInterval = /* @__PURE__ */ parameter({
  id: 'cityCompetitionInterval',
  label: '全市技能大赛举办周期',
  value: 2,
  unit: 'years',
  article: 13,
  quote: '每2年举办一届',
});
export const cityCompetitionFirstPrize = /* @__PURE__ */ parameter({
  id: 'cityCompetitionFirstPrize',
  label: '全市技能大赛第一名奖励',
  value: 5000,
  unit: 'yuan',
  article: 13,
  quote: '分别给予5000元、3000元、2000元和1000元奖励',
});
export const cityCompetitionSecondPrize = /* @__PURE__ */ parameter({
  id: 'cityCompetitionSecondPrize',
  label: '全市技能大赛第二名奖励',
  value: 3000,
  unit: 'yuan',
  article: 13,
  quote: '分别给予5000元、3000元、2000元和1000元奖励',
});
export const cityCompetitionThirdPrize = /* @__PURE__ */ parameter({
  id: 'cityCompetitionThirdPrize',
  label: '全市技能大赛第三名奖励',
  value: 2000,
  unit: 'yuan',
  article: 13,
  quote: '分别给予5000元、3000元、2000元和1000元奖励',
});
export const cityCompetitionMeritPrize = /* @__PURE__ */ parameter({
  id: 'cityCompetitionMeritPrize',
  label: '全市技能大赛优胜奖奖励',
  value: 1000,
  unit: 'yuan',
  article: 13,
  quote: '分别给予5000元、3000元、2000元和1000元奖励',
});
