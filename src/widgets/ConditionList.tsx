/**
 * 条件: “满足 X/Y 项条件”, then each condition marked ✓ ✗ ?, with the article's words it rests on or, for the site's
 * reading, the reason. Collapsed on a phone (the checker and the calculators open it on a wide screen).
 *
 * 结论: in a calculator, each benefit it is a view of gets its verdict line above its conditions — 可以享受 / 还需确认 /
 * 暂不符合 and why — judged by `judge()` (src/rules/verdict.ts, as the checker judges) over the declaration's own
 * conditions and deferral (judge-view.ts). No calculator decides a verdict of its own.
 */
import type { BenefitStatus, Condition } from '../rules';

export interface ConditionView {
  text: string;
  mark: 'met' | 'failed' | 'unknown';
  words: string | null;
  reading: string | null;
  /** For a “?”: what the reader still has to answer or confirm. */
  confirm?: string | undefined;
}

const MARKS = { met: ['✓', '满足'], failed: ['✗', '不满足'], unknown: ['?', '未确定'] } as const;

/** Words quoted inside 「“…”」: their own “” become ‘’ (nested quotation marks, GB/T 15834). */
export const nested = (words: string) => words.replace(/“/g, '‘').replace(/”/g, '’');

/** What a calculator shows of a benefit: its declaration's conditions and `deferred` (the reason it stays 还需确认). */
export interface BenefitView {
  conditions: readonly Condition[];
  deferred?: string | undefined;
}

/**
 * Each benefit's `deferred`, by benefit id, read from its declaration when the page is built (the registry's `props`):
 * the words ride in the page's HTML, and a calculator judges with its declarations' own deferral.
 */
export type Deferrals = Readonly<Partial<Record<string, string>>>;

/**
 * A benefit's verdict as a calculator shows it: the status, and why — the declaration's deferral (for 还需确认), then
 * what is not met or not settled; both empty for 可以享受 (“符合第N条写明的条件。”).
 */
export interface VerdictView {
  status: BenefitStatus;
  deferred: string;
  reason: string;
}

/** A benefit judged for what a calculator knows: its verdict and its conditions, marked as judge() marked them. */
export interface Judged {
  verdict: VerdictView;
  conditions: ConditionView[];
}

/** 可以享受 / 还需确认 / 暂不符合, as the checker names them. */
const STATUS_LABELS = { eligible: '可以享受', 'needs-confirmation': '还需确认', 'not-eligible': '暂不符合' } as const;

export function ConditionList(props: {
  /** The conditions as marked (the checker's), or: */
  conditions?: readonly ConditionView[];
  /** the benefits a calculator judged (judgeView): their verdict lines, then their conditions (each text once). */
  judged?: readonly Judged[];
  articleLabel: string;
  /** Open or not; when not told, it opens on a wide screen once it is on the page (collapsed on a phone). */
  open?: boolean;
  /** What the conditions are for, where a result has more than one list (“参照学历待遇”). */
  label?: string;
}) {
  const judged = props.judged ?? [];
  const conditions =
    props.conditions ??
    judged.flatMap((j) => j.conditions).filter((c, i, all) => all.findIndex((d) => d.text === c.text) === i);
  const met = conditions.filter((c) => c.mark === 'met').length;
  // one line per verdict, the deferrals first; several benefits' reasons in it each sentence once (第十五条's three
  // supports share “按有关规定享受”)
  const verdicts = [...new Set(judged.map((j) => j.verdict.status))].map((status) => {
    const of = judged.map((j) => j.verdict).filter((v) => v.status === status);
    const said = new Set([...of.map((v) => v.deferred), ...of.map((v) => v.reason)].join('').split(/(?<=。)/));
    return (
      <p class="verdict" data-status={status} key={status}>
        <strong>{`${props.label ?? ''}${STATUS_LABELS[status]}`}</strong>：
        {[...said].join('') || `符合${props.articleLabel}写明的条件。`}
      </p>
    );
  });
  if (conditions.length === 0)
    return (
      <>
        {verdicts}
        <p class="conditions-none">办法没有写明需要满足的条件。</p>
      </>
    );
  return (
    <>
      {verdicts}
      <details class="conditions" open={props.open} ref={props.open === undefined ? openOnWideScreen : null}>
        <summary>{`${props.label ? `${props.label}：` : ''}满足 ${met}/${conditions.length} 项条件`}</summary>
        <ul class="condition-list">
          {conditions.map((c) => (
            <li key={c.text} data-mark={c.mark}>
              <span class="condition-mark" aria-hidden="true">
                {MARKS[c.mark][0]}
              </span>
              <span class="visually-hidden">{`${MARKS[c.mark][1]}：`}</span>
              {c.text}
              {c.words !== null && (
                <span class="condition-words">{`（${props.articleLabel}：“${nested(c.words)}”）`}</span>
              )}
              {c.reading !== null && <span class="condition-reading">{`本站理解，不是办法原话：${c.reading}`}</span>}
              {c.mark === 'unknown' && c.confirm && <span class="condition-confirm">{c.confirm}</span>}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/**
 * Opens a condition list on a wide screen when it first reaches the page. A ref and not the `open` prop: a list
 * rendered when the page was built (closed, as the server has no screen) is hydrated without its attributes being
 * compared, so a prop computed in the browser would never reach it; and after that the reader's own toggle stands.
 */
function openOnWideScreen(details: HTMLDetailsElement | null): void {
  if (details && wideScreen()) details.open = true;
}

/** Whether the screen is wide enough to show the conditions open (false while rendering on the server). */
export function wideScreen(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(min-width: 48em)').matches
  );
}
