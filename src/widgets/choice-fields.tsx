/**
 * Radio and checkbox groups, for the calculators that ask for a choice (第十三、十五、十六条) and the checker. Apart
 * from fields.tsx so the calculators that only take numbers do not download them.
 */
export interface Choice<V extends string> {
  value: V;
  label: string;
  note?: string;
}

export interface ChoiceGroupProps<V extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onValue: (value: V) => void;
  hint?: string;
  error?: string | undefined;
}

/**
 * The markup radio groups and checkbox groups share: a fieldset with its legend, hint and error, one row per
 * choice (each whole row is the ≥ 44 px tap target), the choice's note under its label.
 */
function ChoiceFieldset<V extends string>(props: {
  type: 'radio' | 'checkbox';
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  isChecked: (value: V) => boolean;
  onToggle: (value: V, checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { type, name, legend, choices, hint, error } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class="calc-choices" aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="calc-hint" id={hintId}>
          {hint}
        </p>
      )}
      {choices.map((c) => (
        <label class="calc-choice" key={c.value}>
          <input
            type={type}
            name={name}
            value={c.value}
            checked={props.isChecked(c.value)}
            onChange={(e) => props.onToggle(c.value, e.currentTarget.checked)}
          />
          <span>
            {c.label}
            {c.note && <span class="calc-choice-note">{c.note}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p class="calc-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A radio group in a fieldset (one answer). */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  return (
    <ChoiceFieldset type="radio" {...props} isChecked={(v) => props.value === v} onToggle={(v) => props.onValue(v)} />
  );
}

export interface CheckGroupProps<V extends string> {
  name: string;
  legend: string;
  choices: readonly Choice<V>[];
  values: readonly V[];
  onValues: (values: V[]) => void;
  hint?: string;
}

/** A group of checkboxes in a fieldset (several may apply). */
export function CheckGroup<V extends string>(props: CheckGroupProps<V>) {
  const { values } = props;
  return (
    <ChoiceFieldset
      type="checkbox"
      {...props}
      isChecked={(v) => values.includes(v)}
      onToggle={(v, checked) => props.onValues(checked ? [...values, v] : values.filter((x) => x !== v))}
    />
  );
}
