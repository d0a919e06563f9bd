/**
 * The checker's place in the URL: which step the reader is on (`step`), kept apart from the answers, which the
 * rules module reads and writes (profileFromLink / profileToSearchParams). Pure, so it is tested directly.
 */

/** The query key for the step; not a profile field. */
export const STEP_KEY = 'step';
/** The step value that means "show the result". */
export const RESULT_STEP = 'result';

export type StepRef = { kind: 'step'; index: number } | { kind: 'result' };

/** Reads `step` from the query: a step number 1…count, or "result"; anything else is the first step. */
export function readStep(params: URLSearchParams, count: number): { step: StepRef; ignored: boolean } {
  const raw = params.get(STEP_KEY);
  if (raw === null) return { step: { kind: 'step', index: 0 }, ignored: false };
  if (raw === RESULT_STEP) return { step: { kind: 'result' }, ignored: false };
  if (/^\d{1,2}$/.test(raw)) {
    const n = Number(raw);
    if (n >= 1 && n <= count) return { step: { kind: 'step', index: n - 1 }, ignored: false };
  }
  return { step: { kind: 'step', index: 0 }, ignored: true };
}

export function writeStep(params: URLSearchParams, step: StepRef): URLSearchParams {
  const out = new URLSearchParams(params);
  out.delete(STEP_KEY);
  if (step.kind === 'result') out.set(STEP_KEY, RESULT_STEP);
  else if (step.index > 0) out.set(STEP_KEY, String(step.index + 1));
  return out;
}
