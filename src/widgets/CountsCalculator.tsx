/**
 * A calculator of the form "how many of each kind → total and breakdown" (第六条、第八条、第十三条). The fields start
 * at 0, so the result is never blank and a reader fills in only the kinds that apply.
 */
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { CountsResult, type CountsLine } from './CountsResult';
import { TextField } from './fields';
import type { Outcome } from './rules-adapter';
import { useFields } from './use-fields';

export interface CountField<K extends string> {
  key: K;
  label: string;
  hint?: string;
  /** What the field starts with (default "0"). */
  initial?: string;
}

export interface CountsCalculatorProps<K extends string> {
  id: string;
  article: number;
  articleLabel: string;
  fields: readonly CountField<K>[];
  unit: string;
  compute: (raw: Record<K, string>) => Outcome<{ total: number; lines: CountsLine[] }, K>;
  totalLabel: string;
  caption: string;
}

export function CountsCalculator<K extends string>(props: CountsCalculatorProps<K>) {
  const f = useFields<K>(Object.fromEntries(props.fields.map((d) => [d.key, d.initial ?? '0'])) as Record<K, string>);
  const result = props.compute(f.values);
  const errors: Partial<Record<K, string>> = result.ok ? {} : result.errors;
  return (
    <CalculatorShell
      id={props.id}
      article={props.article}
      articleLabel={props.articleLabel}
      fields={props.fields.map((d) => (
        <TextField
          key={d.key}
          id={`${props.id}-${d.key}`}
          label={d.label}
          {...(d.hint ? { hint: d.hint } : {})}
          unit={props.unit}
          value={f.values[d.key]}
          onValue={(v) => f.set(d.key, v)}
          onBlur={() => f.touch(d.key)}
          error={errors[d.key]}
          showError={f.showError(d.key)}
        />
      ))}
      result={
        result.ok ? (
          <CountsResult totalLabel={props.totalLabel} total={result.value.total} lines={result.value.lines} unitWord={props.unit} caption={props.caption} />
        ) : undefined
      }
      pending={pendingMessage(props.fields.filter((d) => errors[d.key]).map((d) => d.label))}
    />
  );
}
