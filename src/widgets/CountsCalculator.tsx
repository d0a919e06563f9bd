/**
 * A calculator of the form "how many → total and breakdown" (第六条 培训补贴, 第八条 工作室奖补). The rules module
 * parses what was typed and computes; this shows the fields, the errors tied to them and the worked result.
 */
import { Component, type ComponentChildren } from 'preact';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { TextField } from './text-field';
import { fieldsOf, initialFields, type FieldsState } from './fields-state';

export interface CountField<K extends string> {
  key: K;
  label: string;
  hint?: string;
  /** What the field starts with. */
  initial: string;
}

export interface CountsCalculatorProps<K extends string, V> {
  id: string;
  article: number;
  articleLabel: string;
  fields: readonly CountField<K>[];
  unit: string;
  compute: (raw: Record<K, string>) => { ok: true; value: V } | { ok: false; errors: Record<string, string> };
  render: (value: V) => ComponentChildren;
}

export class CountsCalculator<K extends string, V> extends Component<CountsCalculatorProps<K, V>, FieldsState<K>> {
  override state = initialFields<K>(
    Object.fromEntries(this.props.fields.map((d) => [d.key, d.initial])) as Record<K, string>,
  );

  override render() {
    const props = this.props;
    const f = fieldsOf(this.state, (update) => this.setState(update));
    const result = props.compute(f.values);
    const errors: Record<string, string> = result.ok ? {} : result.errors;
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
            placeholder="0"
            unit={props.unit}
            value={f.values[d.key]}
            onValue={(v) => f.set(d.key, v)}
            onBlur={() => f.touch(d.key)}
            error={errors[d.key]}
            showError={f.showError(d.key)}
          />
        ))}
        result={result.ok ? props.render(result.value) : undefined}
        pending={pendingMessage(
          props.fields.filter((d) => errors[d.key] !== undefined).map((d) => d.label),
          errors['_form'],
        )}
      />
    );
  }
}
