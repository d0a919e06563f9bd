/** 第八条 技能大师工作室: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const masterStudioGrant = /* @__PURE__ */ parameter({
  id: 'masterStudioGrant',
  label: '新认定的市级技能大师工作室奖补资金',
  value: 100_000,
  unit: 'yuan',
  article: 8,
  quote: '对新认定的市级技能大师工作室，市财政给予10万元奖补资金',
});
