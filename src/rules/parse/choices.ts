/** Yes/no answers and choices among listed ids, single or several (as forms and URL queries send them). */
import { isBlank, message, MAX_RAW_LENGTH, ok, orIfBlank, type Field, type Parsed } from './core';

/** Yes/no as forms and URLs send it: true/false, "true"/"false", "yes"/"no", "1"/"0", "on", "是"/"否". */
export function parseYesNo(raw: unknown, label: string): Parsed<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw === 'string' && raw.length <= MAX_RAW_LENGTH) {
    const s = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on', '是', 'y'].includes(s)) return { ok: true, value: true };
    if (['false', 'no', '0', 'off', '否', 'n'].includes(s)) return { ok: true, value: false };
  }
  return { ok: false, message: `${label}请回答“是”或“否”` };
}

/** An optional yes/no answer (undefined when not answered). */
export function optionalYesNoField(label: string): Field<boolean | undefined> {
  return orIfBlank((raw: unknown) => parseYesNo(raw, label), undefined);
}

/** One of the listed choices (values are stable ids); required. */
export function choiceField<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
): Field<T[number]> {
  return (raw) => {
    if (isBlank(raw)) return message(`请选择${label}`);
    if (typeof raw === 'string' && (values as readonly string[]).includes(raw.trim()))
      return ok(raw.trim() as T[number]);
    return message(`${label}请从列出的选项中选择`);
  };
}

/** One of the listed choices, or undefined when not answered. */
export function optionalChoiceField<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
): Field<T[number] | undefined> {
  return orIfBlank(choiceField(label, values), undefined);
}
