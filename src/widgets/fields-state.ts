/**
 * Form state for a calculator: the raw strings as typed (never coerced, so what the reader typed stays in the
 * field) and which fields the reader has touched. An error is shown for a field once it has been touched, or
 * when it holds something, so an untouched empty form does not open with red messages.
 *
 * The calculators keep their state in a class component's `state`, not in preact/hooks: a calculator is the only
 * script on its article page (at most 12 KB gzip, Preact included: README.md, Budgets and checks), a class component comes with Preact's
 * core, and preact/hooks would add about 1 KB gzip. The checker and the search page have no such budget and use hooks.
 */
export interface FieldsState<K extends string> {
  values: Record<K, string>;
  touched: Partial<Record<K, true>>;
}

export interface Fields<K extends string> {
  values: Record<K, string>;
  set: (key: K, value: string) => void;
  touch: (key: K) => void;
  /** Whether the field's error (if any) should be on screen now. */
  showError: (key: K) => boolean;
  /** Whether every field is still untouched and empty. */
  pristine: boolean;
}

/** The state a form starts in: the given values, nothing touched. */
export function initialFields<K extends string>(values: Record<K, string>): FieldsState<K> {
  return { values, touched: {} };
}

const touch = <K extends string>(touched: Partial<Record<K, true>>, key: K) =>
  touched[key] ? touched : { ...touched, [key]: true };

/** The form as the calculator reads it, from its component's state and `setState`. */
export function fieldsOf<K extends string>(
  state: FieldsState<K>,
  setState: (update: (s: FieldsState<K>) => FieldsState<K>) => void,
): Fields<K> {
  const { values, touched } = state;
  const keys = Object.keys(values) as K[];
  return {
    values,
    set: (key, value) => setState((s) => ({ values: { ...s.values, [key]: value }, touched: touch(s.touched, key) })),
    touch: (key) => setState((s) => ({ ...s, touched: touch(s.touched, key) })),
    showError: (key) => touched[key] === true || values[key].trim() !== '',
    pristine: keys.every((k) => touched[k] !== true && values[k].trim() === ''),
  };
}
