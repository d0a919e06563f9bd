/**
 * 第五条's condition, in a module of its own so the education-fund calculator bundles it and not the rest of the
 * article's declarations (benefits.ts uses it).
 */
import { educationFundDeductionRate } from './parameters';
import type { ReadingCondition } from '../../benefit';

/**
 * 财税〔2018〕51号 applies to every payer of 企业所得税, and 企业所得税法 第一条 counts “其他取得收入的组织” among them;
 * so the word 企业 in 第五条 does not exclude a 培训机构, 行业协会 or 院校 that pays it.
 */
export const ENTERPRISE_INCOME_TAX_NOTE =
  '办法写的是“企业职工教育经费”；它落实的财税〔2018〕51号适用于所有缴纳企业所得税的纳税人，《中华人民共和国企业所得税法》第一条把“其他取得收入的组织”也列为纳税人。贵单位如缴纳企业所得税，也可能适用，以主管税务机关的认定为准。';

/** 企业: the word of 第五条, read to include every payer of 企业所得税 (a reading: other organisations get 还需确认). */
export const enterprise = {
  text: '企业（缴纳企业所得税的单位）',
  reads: ['organisationType'],
  words: educationFundDeductionRate.quote,
  reading: ENTERPRISE_INCOME_TAX_NOTE,
  holds: (p) => (p.organisationType === undefined ? undefined : p.organisationType === 'enterprise'),
} as const satisfies ReadingCondition;

/** The conditions of 职工教育经费税前扣除 (education-fund-deduction). */
export const educationFundDeductionConditions = [enterprise] as const;
