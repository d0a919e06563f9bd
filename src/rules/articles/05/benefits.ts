/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第五条 推动企业职工全员培训 — 职工教育经费.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatFen } from '../../format-fen';
import { educationFundDeductionRate, frontlineTrainingShare } from './parameters';
import type { BenefitDeclaration, ReadingCondition } from '../../benefit';
import { computeEducationFundDeduction } from './rules';

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

/**
 * What the education-fund calculator's result leaves unsaid (from the registry's `props`, in the page's HTML), and the
 * checker's result once it computed the deduction.
 */
export const EDUCATION_FUND_NOT_SAID: readonly string[] = [
  `结转扣除出自财税〔2018〕51号，办法本身只写了${educationFundDeductionRate.value}%的扣除限额；本年支出与以前年度结转的扣除顺序按企业所得税申报的通行做法（先本年、后结转）。`,
  `“${frontlineTrainingShare.quote}”是办法对经费使用的要求，办法没有把它写成税前扣除的条件。`,
  '这是示意计算，不是纳税申报结果；税前扣除由单位在企业所得税申报时办理，以主管税务机关的规定为准。',
];

// ——— what 第五条 grants ———

export const art05Benefits = [
  {
    id: 'education-fund-deduction',
    title: '职工教育经费税前扣除',
    articles: [5],
    audience: { types: ['organisation'], who: '企业（及其他缴纳企业所得税的单位）' },
    kind: 'tax-deduction',
    amount: { type: 'computed', parameterIds: ['educationFundDeductionRate', 'frontlineTrainingShare'] },
    quote: educationFundDeductionRate.quote,
    notSaid: [
      `办法没有把“${frontlineTrainingShare.quote}”写成扣除的条件；这是对经费使用的要求。`,
      '办法没有指定办理部门：税前扣除由单位在企业所得税申报时办理，以主管税务机关的规定为准。',
    ],
    conditions: educationFundDeductionConditions,
    uses: ['wages', 'educationSpending', 'frontlineSpending', 'carriedOver'],
    granted: (p) => {
      const rate = educationFundDeductionRate.value;
      if (p.wages === undefined || p.educationSpending === undefined) {
        // a partial answer still shows what it gives; the deduction needs both 工资薪金总额 and 本年支出
        const parts = [
          p.wages === undefined
            ? ''
            : `扣除限额 = ${formatFen(p.wages)} × ${rate}% = ${formatFen(Math.floor((p.wages * rate) / 100))}。`,
          p.educationSpending === undefined ? '' : `本年职工教育经费支出 ${formatFen(p.educationSpending)}。`,
          p.frontlineSpending === undefined ? '' : `其中用于一线职工培训 ${formatFen(p.frontlineSpending)}。`,
          p.carriedOver === undefined ? '' : `以前年度结转 ${formatFen(p.carriedOver)}。`,
        ].join('');
        return {
          reason: `职工教育经费不超过工资薪金总额 ${rate}% 的部分可在税前扣除。${parts}填写工资薪金总额和本年支出可算出本年可扣除额。`,
        };
      }
      const r = computeEducationFundDeduction({
        wages: p.wages,
        spending: p.educationSpending,
        frontlineSpending: p.frontlineSpending ?? 0,
        carriedOver: p.carriedOver ?? 0,
      });
      if (!r.ok)
        return { reason: `职工教育经费按工资薪金总额的 ${rate}% 计算税前扣除限额；填写的金额过大，无法计算。` };
      const v = r.value;
      const met = v.frontlineShareMet;
      const share =
        met === null
          ? ''
          : `一线职工培训占 ${v.formatted.frontlineShare}，${met ? '达到' : '未达到'}“${frontlineTrainingShare.value}%以上”。`;
      return {
        amountText: `本年可扣除 ${formatFen(v.deductibleFen)}`,
        reason: `扣除限额 ${v.formatted.limit}，本年可扣除 ${v.formatted.deductible}，结转以后年度 ${v.formatted.carriedForward}。${share}`,
        arithmetic: v.steps,
        ...(met === false
          ? {
              whatWouldChange: `把本年职工教育经费的${frontlineTrainingShare.value}%以上用于一线职工培训，才符合第五条对经费使用的要求。`,
            }
          : {}),
        notSaid: EDUCATION_FUND_NOT_SAID,
      };
    },
  },
] as const satisfies readonly BenefitDeclaration[];
