/** 第十五条 创业扶持: the amounts and periods it states, with its words. */
import { parameter } from '../../parameter';

export const startupSubsidy = /* @__PURE__ */ parameter({
  id: 'startupSubsidy',
  label: '创业开业一次性补贴',
  value: 5000,
  unit: 'yuan',
  article: 15,
  quote: '创业开业一次性补贴 5000 元',
});
export const startupLoanCeiling = /* @__PURE__ */ parameter({
  id: 'startupLoanCeiling',
  label: '个人创业担保贷款最高额度',
  value: 200_000,
  unit: 'yuan',
  article: 15,
  quote: '个人创业担保贷款最高 20 万元',
});
export const startupProjectSupportMin = /* @__PURE__ */ parameter({
  id: 'startupProjectSupportMin',
  label: '大众创业优秀项目扶持补助（下限）',
  value: 20_000,
  unit: 'yuan',
  article: 15,
  quote: '大众创业优秀项目扶持补助 2—15 万元',
});
export const startupProjectSupportMax = /* @__PURE__ */ parameter({
  id: 'startupProjectSupportMax',
  label: '大众创业优秀项目扶持补助（上限）',
  value: 150_000,
  unit: 'yuan',
  article: 15,
  quote: '大众创业优秀项目扶持补助 2—15 万元',
});
