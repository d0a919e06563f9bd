/**
 * The top of a checker result: how many benefits fall in each group, what the money adds up to, and who
 * to ask next. Pure: it reads evaluate()'s groups and adds up their own amounts, so the card can never disagree with
 * the items under it.
 *
 * Only money counts towards a sum (补贴、奖励、奖补 with a definite amount for this profile): a loan ceiling, a tax
 * deduction or a range is not money the reader receives. And only an amount the answers given establish: a benefit
 * with a condition still unanswered (“?”) is listed in its group but not added, and a per-person rate without a count
 * (第六条 for a unit) has no amountYuan at all (articles/06/benefits.ts), so it is shown as “每人 X 元”, never added.
 */
import type { BenefitId } from './catalog';
import type { BenefitResult, Evaluation } from './schemas';
import { CALL_OR_ASK } from './contact';

/** One amount added into a sum: the benefit and its amount for these answers. */
export interface SummedAmount {
  id: BenefitId;
  title: string;
  yuan: number;
}

export interface AmountSum {
  /** Whole yuan: the sum of `items`. */
  yuan: number;
  /** The amounts added up, in the order shown. */
  items: SummedAmount[];
}

export interface ResultSummary {
  counts: { eligible: number; needsConfirmation: number; notEligible: number; alreadyHeld: number };
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

/** Whether a result's amount is money these answers establish: money, an amount, every condition answered. */
export function isSummed(b: BenefitResult): boolean {
  return b.kind === 'money' && b.amountYuan !== null && b.conditions.every((c) => c.mark !== 'unknown');
}

function sum(results: readonly BenefitResult[]): AmountSum {
  const items = results.filter(isSummed).map((b) => ({ id: b.id, title: b.title, yuan: b.amountYuan ?? 0 }));
  return { yuan: items.reduce((total, i) => total + i.yuan, 0), items };
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
      alreadyHeld: e.alreadyHeld.length,
    },
    certain: sum(e.eligible),
    toConfirm: sum(e.needsConfirmation),
    nextStep,
  };
}
