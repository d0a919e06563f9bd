/**
 * 条件: “满足 X/Y 项条件”, then each condition marked ✓ ✗ ?, with the article's words it rests on or, for the site's
 * reading, the reason. Collapsed on a phone (the checker and the calculators open it on a wide screen).
 */
import type { Condition } from '../rules';
import type { Profile, ProfileField } from '../rules';

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

/**
 * A calculator's conditions, marked from what it knows: the declarations' own `holds` on the answers the calculator
 * has (`known`). A condition it cannot decide stays “?”: if it reads a field the calculator asks (`asked`), the reader
 * has not answered yet; otherwise the calculator does not ask it, and the reader confirms it.
 */
export function markConditions(
  conditions: readonly Condition[],
  known: Partial<Profile>,
  asked: readonly ProfileField[] = [],
): ConditionView[] {
  return conditions.map((c) => {
    const holds = c.holds(known as Profile);
    return {
      text: c.text,
      words: c.words ?? null,
      reading: c.reading ?? null,
      mark: holds === undefined ? 'unknown' : holds ? 'met' : 'failed',
      confirm:
        holds !== undefined
          ? undefined
          : c.reads.some((f) => asked.includes(f) && known[f] === undefined)
            ? '请先回答上面的问题。'
            : '本计算器没有问这一项，请您自行确认。',
    };
  });
}

export function ConditionList(props: {
  conditions: readonly ConditionView[];
  articleLabel: string;
  /** Open or not; when not told, it opens on a wide screen once it is on the page (collapsed on a phone). */
  open?: boolean;
  /** What the conditions are for, where a result has more than one list (“参照学历待遇”). */
  label?: string;
  /** Why the result stays 还需确认 even when every condition holds (the benefit's `deferred`). */
  deferred?: readonly string[];
}) {
  const { conditions } = props;
  const met = conditions.filter((c) => c.mark === 'met').length;
  // as evaluate() has it: a benefit refused by a stated condition is not deferred
  const refused = conditions.some((c) => c.mark === 'failed' && c.reading === null);
  // several benefits' reasons in one line, each sentence once (第十五条's three supports share “按有关规定享受”)
  const reasons = [...new Set(refused ? [] : props.deferred?.flatMap((d) => d.split(/(?<=。)/)))].join('');
  const deferred = reasons && <p class="conditions-deferred">{`还需确认：${reasons}`}</p>;
  if (conditions.length === 0)
    return (
      <>
        <p class="conditions-none">办法没有写明需要满足的条件。</p>
        {deferred}
      </>
    );
  return (
    <>
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
      {deferred}
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
