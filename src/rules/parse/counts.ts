/**
 * Counts (persons, studios) as people write them: `４０００`, `1,200`, `1.5万`, `3人`, `2个`. A count takes the
 * classifier of what it counts (人、名、位 for persons; 个、家、间 for studios and the like). Apart from numbers.ts:
 * 第五条's calculator types money only, and this module travels with the count calculators' own chunk
 * (astro.config.mjs).
 */
import { orIfBlank, type Field, type Parsed } from './core';
import { MAX_COUNT, parseScaled } from './numbers';

const PERSON_CLASSIFIERS = ['人', '名', '位'] as const;
const THING_CLASSIFIERS = ['个', '家', '间'] as const;

/**
 * What a count field counts, read from its Chinese name: …人数 counts persons (3人), …个数 things (2个). The name is
 * the one place the field says it, so the classifiers and the example follow it instead of a second declaration.
 */
export function countKind(label: string): { classifiers: readonly string[]; example: string } {
  if (label.endsWith('人数')) return { classifiers: PERSON_CLASSIFIERS, example: '例如 3 或 3人' };
  if (label.endsWith('个数')) return { classifiers: THING_CLASSIFIERS, example: '例如 2 或 2个' };
  return { classifiers: [], example: '例如 3' };
}

/** A whole number of persons, studios…: `４０００`, `1,200`, `1.5万` → 15000, `3人` in a 人数 field. Rejects decimals. */
export function parseCount(raw: unknown, label: string, max: number = MAX_COUNT): Parsed<number> {
  return parseScaled(raw, { label, scale: 0, max, maxText: `${max}`, ...countKind(label) });
}

/** A required whole number (count). */
export function countField(label: string, max: number = MAX_COUNT): Field<number> {
  return (raw) => parseCount(raw, label, max);
}

/** A whole number where an empty answer means 0 (e.g. a count nobody typed in a three-count form). */
export function countFieldOrZero(label: string, max: number = MAX_COUNT): Field<number> {
  return orIfBlank(countField(label, max), 0);
}

/** An optional whole number (undefined when not answered). */
export function optionalCountField(label: string, max: number = MAX_COUNT): Field<number | undefined> {
  return orIfBlank(countField(label, max), undefined);
}
