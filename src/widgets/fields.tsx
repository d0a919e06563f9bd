/**
 * The pieces every calculator is made of: a labelled text field with its Chinese error tied to it, a group of
 * choices, and the polite live region the result is announced in. No arithmetic here (STYLE §4).
 *
 * Fields are `type="text"` with `inputmode`, not `type="number"`: a number field would silently drop what the
 * reader typed ("120万", "４０００", "abc"); a text field keeps it, and the rules module says what is wrong with it.
 */
import type { ComponentChildren } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The Chinese message from the rules module, shown only when `showError`. */
  error?: string | undefined;
  showError?: boolean;
  hint?: string;
  unit?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  type?: 'text' | 'date';
  placeholder?: string;
  onBlur?: () => void;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, error, hint, unit } = props;
  const shown = props.showError !== false && error !== undefined && error !== '';
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shown ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="calc-field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="calc-hint" id={hintId}>
          {hint}
        </span>
      )}
      <div class="calc-input-row">
        <input
          id={id}
          name={id}
          type={props.type ?? 'text'}
          inputMode={props.inputMode ?? 'numeric'}
          autocomplete="off"
          spellcheck={false}
          placeholder={props.placeholder}
          value={value}
          aria-invalid={shown ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => props.onValue(e.currentTarget.value)}
          onBlur={props.onBlur}
        />
        {unit && (
          <span class="calc-unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      {shown && (
        <p class="calc-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

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
          <input type={type} name={name} value={c.value} checked={props.isChecked(c.value)} onChange={(e) => props.onToggle(c.value, e.currentTarget.checked)} />
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
  return <ChoiceFieldset type="radio" {...props} isChecked={(v) => props.value === v} onToggle={(v) => props.onValue(v)} />;
}

/** Where the result appears; screen readers hear it when it changes, without being interrupted. */
export function ResultRegion(props: { id: string; label: string; children: ComponentChildren }) {
  return (
    <section class="calc-result" aria-live="polite" aria-label={props.label} id={props.id}>
      {props.children}
    </section>
  );
}

/** The article a figure comes from, linked. */
export function ArticleSource(props: { article: number; label: string }) {
  return (
    <p class="calc-source">
      依据：<a href={`/measure/${props.article}/`}>{props.label}</a>。本计算仅供参考，以官方发布文本和主管部门的解释为准；具体办理请咨询许昌市人力资源和社会保障局或拨打 12333。
    </p>
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
