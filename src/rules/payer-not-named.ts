/**
 * Why money stays 还需确认 when the article states the amount but not who receives it or how to apply (第六条, 第八条):
 * one deferral, worded once, for every such benefit (its `deferred`). A module of its own so that only the calculators
 * that show it (training subsidy, master studio) bundle it.
 */
export const PAYER_NOT_NAMED = '办法没有写明这笔资金发给谁、怎样申请，需要向主管部门确认。';
