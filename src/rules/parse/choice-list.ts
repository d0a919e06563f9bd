/**
 * Several of the listed choices (第十六条's honours). Apart from choices.ts: the title-direct calculator and the checker
 * use it, and in its own module it travels in the title-direct calculator's own chunk instead of a shared file.
 */
import { message, ok, type Field } from './core';

/**
 * A list of choices, given as an array or as one comma-separated string (`a,b`, the URL form); duplicates
 * removed, order of `values` kept. Undefined when not answered; an empty list is an answer ("none").
 */
export function optionalChoiceListField<const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
): Field<T[number][] | undefined> {
  return (raw) => {
    if (raw === undefined || raw === null) return ok(undefined);
    let items: unknown[];
    if (typeof raw === 'string') {
      if (raw.length > 1000) return message(`${label}太长`);
      items = raw
        .split(/[,，、]/)
        .map((x) => x.trim())
        .filter((x) => x !== '');
    } else if (Array.isArray(raw)) {
      if (raw.length > 100) return message(`${label}选项太多`);
      items = [...raw];
    } else {
      return message(`${label}请从列出的选项中选择`);
    }
    const known = values as readonly string[];
    for (const item of items) {
      if (typeof item !== 'string' || !known.includes(item)) return message(`${label}中有未列出的选项`);
    }
    return ok(values.filter((v) => items.includes(v)));
  };
}
