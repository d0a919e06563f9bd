/**
 * The top of a checker result: how many benefits fall in each group, what the money adds up to, and who
 * to ask next. Pure: it reads evaluate()'s groups and adds up their own amounts, so the card can never disagree with
 * the items under it.
 *
 * Only money counts towards a sum (补贴、奖励、奖补 with a definite amount for this profile): a loan ceiling, a tax
 * deduction or a range is not money the reader receives.
 */
import type { BenefitId } from './catalog';
import type { BenefitResult, Evaluation } from './schemas';
import { CALL_OR_ASK } from './worked';

export interface AmountSum {
  /** Whole yuan. */
  yuan: number;
  /** The benefits added up, in the order shown. */
  items: BenefitId[];
}

export interface ResultSummary {
  counts: { eligible: number; needsConfirmation: number; notEligible: number };
  /** 可以享受: money whose amount is certain. */
  certain: AmountSum;
  /** 还需确认: money whose amount is stated but not yet confirmed for this reader. */
  toConfirm: AmountSum;
  /** Who to ask next, in Chinese: one sentence. */
  nextStep: string;
}

/** The people the measure and the site point to (never another office, number or procedure: src/rules/README.md). */
const HRSS = CALL_OR_ASK;
const TAX = '主管税务机关';

function sum(items: readonly BenefitResult[]): AmountSum {
  const money = items.filter((b) => b.kind === 'money' && b.amountYuan !== null);
  return { yuan: money.reduce((total, b) => total + (b.amountYuan ?? 0), 0), items: money.map((b) => b.id) };
}

/** The summary card's facts for an evaluation (an evaluation that is not ok gives zeros and the general next step). */
export function summariseResult(e: Evaluation): ResultSummary {
  const open = [...e.eligible, ...e.needsConfirmation];
  const tax = open.filter((b) => b.kind === 'tax-deduction');
  const others = open.length - tax.length;
  let nextStep: string;
  if (open.length === 0) nextStep = `想了解其他政策，可以${HRSS}。`;
  else if (others === 0) nextStep = `${tax.map((b) => b.title).join('、')}：请向${TAX}咨询。`;
  else {
    nextStep = `带上这份结果，${HRSS}，问清申请方式（办法没有写明由谁申请、怎样申请、何时发放）。`;
    if (tax.length > 0) nextStep += `${tax.map((b) => b.title).join('、')}请向${TAX}咨询。`;
  }
  return {
    counts: {
      eligible: e.eligible.length,
      needsConfirmation: e.needsConfirmation.length,
      notEligible: e.notEligible.length,
    },
    certain: sum(e.eligible),
    toConfirm: sum(e.needsConfirmation),
    nextStep,
  };
}
