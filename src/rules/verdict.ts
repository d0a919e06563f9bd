/**
 * 结论: the one walk from a benefit's conditions to its verdict. evaluate-profile.ts's evaluateBenefit words it for the
 * checker; every calculator judges its article's conditions with it. A module of its own, small, because the
 * calculators that use it load it beside their own code (test/site/calculator-js.test.ts counts the bytes).
 */
import type { Condition, ReadingCondition } from './benefit';
import type { Profile } from './profile';

/** Whether a condition rests on the site's reading rather than the article's words. */
export const isReading = (c: Condition): c is ReadingCondition => c.reading !== undefined;

/** 可以享受 / 还需确认 / 暂不符合 */
export const BENEFIT_STATUSES = ['eligible', 'needs-confirmation', 'not-eligible'] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];
/** ✓ met, ✗ not met, ? not answered (or, for a reading, not settled by the article's words). */
export const CONDITION_MARKS = ['met', 'failed', 'unknown'] as const;
export type ConditionMark = (typeof CONDITION_MARKS)[number];

/** A benefit's conditions judged for some answers: the status and each condition's mark. */
export interface Verdict {
  status: BenefitStatus;
  marks: ConditionMark[];
  /** The first condition not met: one in the article's words (暂不符合), else a reading (还需确认), else none. */
  failed?: Condition | undefined;
}

/**
 * A stated condition not met refuses (暂不符合); a missing answer, a reading not met or a deferring benefit (`deferred`,
 * its reason) leave it 还需确认; otherwise 可以享受. `p` may hold only the answers a calculator asks: a condition whose
 * answer is missing stays “?”.
 */
export function judge(conditions: readonly Condition[], deferred: string | undefined, p: Partial<Profile>): Verdict {
  const marks = conditions.map((c): ConditionMark => {
    const holds = c.holds(p as Profile);
    return holds === undefined ? 'unknown' : holds ? 'met' : 'failed';
  });
  const failed = (reading: boolean) => conditions.find((c, i) => marks[i] === 'failed' && isReading(c) === reading);
  const stated = failed(false);
  const reading = failed(true);
  const status: BenefitStatus = stated
    ? 'not-eligible'
    : reading || deferred !== undefined || marks.includes('unknown')
      ? 'needs-confirmation'
      : 'eligible';
  return { status, marks, failed: stated ?? reading };
}
