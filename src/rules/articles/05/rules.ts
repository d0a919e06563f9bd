/**
 * 第五条 推动企业职工全员培训 — 职工教育经费.
 *
 * The article’s rules: its calculator’s formula (the input fields, the type of the result, the function). Apart from
 * the declarations, so a calculator page bundles this and not the rest of the article. Its condition is in benefits.ts:
 * the calculator’s verdict is judged when the page is built (the kind of organisation is not asked), so the page need
 * not carry the condition's words.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 *
 * The carry-forward is not in the measure: it comes from the tax policy the measure implements, 财税〔2018〕51号
 * (the part within the limit is deducted, the part beyond it “准予在以后纳税年度结转扣除”).
 * Order: this year's spending is deducted first, then amounts carried over from earlier years fill what room is
 * left under the limit (the order of the tax return's 职工教育经费 lines). All money in fen (integers).
 */
import { educationFundDeductionRate, frontlineTrainingShare } from './parameters';
import { formatFen } from '../../format-fen';
import {
  FORM_ERROR_KEY,
  moneyFenField,
  moneyFenFieldOrZero,
  parseFields,
  type FieldErrors,
  type FieldsOutput,
  type Outcome,
} from '../../parse/index';
import { useParameter, type WorkedStep } from '../../worked';

/** What the calculator finds: amounts in fen, the share, their texts and the worked steps. */
export interface EducationFundDeductionResult {
  wagesFen: number;
  spendingFen: number;
  frontlineSpendingFen: number;
  carriedOverFen: number;
  /** 扣除限额 = 工资薪金总额 × the rate (parameters.ts), rounded down to the fen (the limit is never exceeded). */
  limitFen: number;
  /** 本年可扣除 = min(限额, 本年支出 + 以前年度结转). */
  deductibleFen: number;
  /** of which: this year's spending */
  deductibleFromThisYearFen: number;
  /** of which: amounts carried over from earlier years */
  deductibleFromCarriedOverFen: number;
  /** 结转以后年度扣除 = 本年支出 + 以前年度结转 − 本年可扣除. */
  carriedForwardFen: number;
  /** 一线职工培训占本年支出的比例，in basis points (6000 = 60.00%), rounded down; null when nothing was spent. */
  frontlineShareBasisPoints: number | null;
  /** Whether the share reaches frontlineTrainingShare (parameters.ts; 以上 includes the share itself); null when nothing was spent. */
  frontlineShareMet: boolean | null;
  /** Formatted yuan with 2 decimals: "1,234.56 元". */
  formatted: {
    wages: string;
    spending: string;
    frontlineSpending: string;
    carriedOver: string;
    limit: string;
    deductible: string;
    carriedForward: string;
    /** "62.50%" or "—" */
    frontlineShare: string;
  };
  steps: WorkedStep[];
  article: 5;
}

export const EducationFundDeductionInputFields = {
  /** 工资薪金总额 (yuan as typed → fen) */
  wages: moneyFenField('工资薪金总额'),
  /** 本年职工教育经费支出 */
  spending: moneyFenField('本年职工教育经费支出'),
  /** 其中用于一线职工培训的支出; empty = 0 */
  frontlineSpending: moneyFenFieldOrZero('用于一线职工培训的支出'),
  /** 以前年度结转未扣除的职工教育经费; empty = 0 */
  carriedOver: moneyFenFieldOrZero('以前年度结转的金额'),
};

export type EducationFundDeductionInput = FieldsOutput<typeof EducationFundDeductionInputFields>;

/** Across fields: the frontline part cannot exceed the spending it is part of. */
export function checkEducationFundDeductionInput(v: EducationFundDeductionInput): FieldErrors | undefined {
  return v.frontlineSpending > v.spending
    ? { frontlineSpending: '用于一线职工培训的支出不能大于本年职工教育经费支出' }
    : undefined;
}

/**
 * part ÷ whole in hundredths of a percent (basis points), rounded half up: 700000 ÷ 1100000 → 6364 (63.636…%).
 * Exact for any non-negative safe integers (BigInt); null when whole is 0.
 */
export function shareBasisPoints(part: number, whole: number): number | null {
  return whole === 0 ? null : Number((BigInt(part) * 20_000n + BigInt(whole)) / (BigInt(whole) * 2n));
}

/** Basis points as a percentage with two decimals: 6364 → "63.64%", 6000 → "60.00%". */
export function formatBasisPoints(bp: number): string {
  const abs = Math.abs(bp);
  return `${bp < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}

/** The share as shown: rounded half up, but never up to a threshold it misses (59.995% of 60% → 59.99%). */
function shareText(basisPoints: number, met: boolean | null, share: number): string {
  return formatBasisPoints(met === false ? Math.min(basisPoints, share * 100 - 1) : basisPoints);
}

/**
 * 第五条's deduction limit and its share for frontline training (parameters.ts: educationFundDeductionRate,
 * frontlineTrainingShare).
 * wages, spending, frontline spending, carried over → limit, deductible this year, carried forward, frontline share.
 */
export function educationFundDeduction(input: unknown): Outcome<EducationFundDeductionResult> {
  const parsed = parseFields(EducationFundDeductionInputFields, input, checkEducationFundDeductionInput);
  return parsed.ok ? computeEducationFundDeduction(parsed.value) : parsed;
}

/** The same computation on already validated amounts in fen (used by `evaluate`). */
export function computeEducationFundDeduction(
  input: EducationFundDeductionInput,
): Outcome<EducationFundDeductionResult> {
  const { wages, spending, frontlineSpending, carriedOver } = input;
  const rate = educationFundDeductionRate.value;
  const share = frontlineTrainingShare.value;
  // wages ≤ 10^14 fen, so wages × rate stays a safe integer
  const limitFen = Math.floor((wages * rate) / 100);
  const deductibleFromThisYearFen = Math.min(spending, limitFen);
  const deductibleFromCarriedOverFen = Math.min(carriedOver, limitFen - deductibleFromThisYearFen);
  const deductibleFen = deductibleFromThisYearFen + deductibleFromCarriedOverFen;
  const carriedForwardFen = spending + carriedOver - deductibleFen;
  // rounded half up to two places of a percent (700,000 ÷ 1,100,000 → 63.64%), exact in BigInt
  const frontlineShareBasisPoints = shareBasisPoints(frontlineSpending, spending);
  // exact comparison: frontline / spending ≥ 60 / 100
  const frontlineShareMet =
    spending === 0 ? null : BigInt(frontlineSpending) * 100n >= BigInt(spending) * BigInt(share);
  if (!Number.isSafeInteger(carriedForwardFen)) {
    return { ok: false, errors: { [FORM_ERROR_KEY]: '金额过大，无法计算' } };
  }
  const rateUse = useParameter(educationFundDeductionRate);
  const shareUse = useParameter(frontlineTrainingShare);
  const steps: WorkedStep[] = [
    {
      text: `扣除限额 = 工资薪金总额 ${formatFen(wages)} × ${rate}% = ${formatFen(limitFen)}（分以下的部分舍去）`,
      parameters: [rateUse],
    },
    {
      text: `本年支出 ${formatFen(spending)} 先在限额内扣除：${formatFen(deductibleFromThisYearFen)}；以前年度结转 ${formatFen(carriedOver)} 在剩余限额内扣除：${formatFen(deductibleFromCarriedOverFen)}`,
      parameters: [rateUse],
    },
    {
      text: `本年可扣除 = ${formatFen(deductibleFromThisYearFen)} + ${formatFen(deductibleFromCarriedOverFen)} = ${formatFen(deductibleFen)}`,
      parameters: [],
    },
    {
      text: `结转以后年度扣除 = ${formatFen(spending)} + ${formatFen(carriedOver)} − ${formatFen(deductibleFen)} = ${formatFen(carriedForwardFen)}（依据财税〔2018〕51号，超过部分准予在以后纳税年度结转扣除）`,
      parameters: [],
    },
    {
      text:
        frontlineShareBasisPoints === null
          ? '本年没有职工教育经费支出，不计算一线职工培训占比'
          : `一线职工培训占比 = ${formatFen(frontlineSpending)} ÷ ${formatFen(spending)} = ${shareText(frontlineShareBasisPoints, frontlineShareMet, share)}，${frontlineShareMet ? '达到' : '未达到'}“${share}%以上”`,
      parameters: [shareUse],
    },
  ];
  return {
    ok: true,
    value: {
      wagesFen: wages,
      spendingFen: spending,
      frontlineSpendingFen: frontlineSpending,
      carriedOverFen: carriedOver,
      limitFen,
      deductibleFen,
      deductibleFromThisYearFen,
      deductibleFromCarriedOverFen,
      carriedForwardFen,
      frontlineShareBasisPoints,
      frontlineShareMet,
      formatted: {
        wages: formatFen(wages),
        spending: formatFen(spending),
        frontlineSpending: formatFen(frontlineSpending),
        carriedOver: formatFen(carriedOver),
        limit: formatFen(limitFen),
        deductible: formatFen(deductibleFen),
        carriedForward: formatFen(carriedForwardFen),
        frontlineShare:
          frontlineShareBasisPoints === null ? '—' : shareText(frontlineShareBasisPoints, frontlineShareMet, share),
      },
      steps,
      article: 5,
    },
  };
}
