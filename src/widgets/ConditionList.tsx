/**
 * 条件: “满足 X/Y 项条件”, then each condition marked ✓ ✗ ?, with the article's words it rests on or, for the site's
 * reading, the reason. Collapsed on a phone (the checker opens it on a wide screen).
 */
export interface ConditionView {
  text: string;
  mark: 'met' | 'failed' | 'unknown';
  words: string | null;
  reading: string | null;
}

const MARKS = { met: ['✓', '满足'], failed: ['✗', '不满足'], unknown: ['?', '未确定'] } as const;

export function ConditionList(props: { conditions: readonly ConditionView[]; articleLabel: string; open?: boolean }) {
  const { conditions } = props;
  const met = conditions.filter((c) => c.mark === 'met').length;
  if (conditions.length === 0) return <p class="conditions-none">办法没有写明需要满足的条件。</p>;
  return (
    <details class="conditions" open={props.open}>
      <summary>
        满足 {met}/{conditions.length} 项条件
      </summary>
      <ul class="condition-list">
        {conditions.map((c) => (
          <li key={c.text} data-mark={c.mark}>
            <span class="condition-mark" aria-hidden="true">
              {MARKS[c.mark][0]}
            </span>
            <span class="visually-hidden">{MARKS[c.mark][1]}：</span>
            {c.text}
            {c.words !== null && (
              <span class="condition-words">
                （{props.articleLabel}：“{c.words}”）
              </span>
            )}
            {c.reading !== null && <span class="condition-reading">本站理解，不是办法原话：{c.reading}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Whether the screen is wide enough to show the conditions open (false while rendering on the server). */
export function wideScreen(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(min-width: 48em)').matches
  );
}
