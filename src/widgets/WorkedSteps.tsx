/** The rules module's worked arithmetic, one step per line, each parameter with its article's words. */
import type { WorkedStep } from '../rules';

export function WorkedSteps(props: { steps: readonly WorkedStep[]; articleLabel: string }) {
  return (
    <ol class="calc-lines calc-formula">
      {props.steps.map((s) => (
        <li key={s.text}>
          {s.text}
          {s.parameters.length > 0 &&
            `（${props.articleLabel}：“${[...new Set(s.parameters.map((p) => p.quote))].join('”“')}”）`}
        </li>
      ))}
    </ol>
  );
}
