/** 第十一条 技师申报: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const technicianWaitingYears = /* @__PURE__ */ parameter({
  id: 'technicianWaitingYears',
  label: '取得高级工（三级）证书后可申报技师（二级）的年限',
  value: 2,
  unit: 'years',
  article: 11,
  quote: '取得高级工（三级）职业资格证书或职业技能等级证书2年后',
});
