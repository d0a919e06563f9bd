/**
 * Form state for a calculator: the raw strings as typed (never coerced, so what the reader typed stays in the
 * field) and which fields the reader has touched. An error is shown for a field once it has been touched, or
 * when it holds something, so an untouched empty form does not open with red messages.
 */
import { useState } from 'preact/hooks';

export interface Fields<K extends string> {
  values: Record<K, string>;
  set: (key: K, value: string) => void;
  touch: (key: K) => void;
  /** Whether the field's error (if any) should be on screen now. */
  showError: (key: K) => boolean;
  /** Whether every field is still untouched and empty. */
  pristine: boolean;
}

export function useFields<K extends string>(initial: Record<K, string>): Fields<K> {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<K, true>>>({});
  const keys = Object.keys(values) as K[];
  return {
    values,
    set: (key, value) => {
      setValues((v) => ({ ...v, [key]: value }));
      setTouched((t) => (t[key] ? t : { ...t, [key]: true }));
    },
    touch: (key) => setTouched((t) => (t[key] ? t : { ...t, [key]: true })),
    showError: (key) => touched[key] === true || values[key].trim() !== '',
    pristine: keys.every((k) => touched[k] !== true && values[k].trim() === ''),
  };
}
