/**
 * The summary card's two totals over every reachable profile (fast-check): each total is the sum of the amounts listed
 * under it, each listed amount is a money result of its group whose conditions are all answered, and no per-person
 * rate is added without a count (a unit never has one: the checker asks no count of people trained).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROFILE_FIELDS,
  benefitCatalog,
  evaluate,
  profileFieldTable,
  summariseResult,
  type BenefitResult,
  type ProfileField,
} from '../../src/rules';

const asOf = '2026-12-01';

/** A field's answers as the checker's form or URL writes them: its choices, or its samples written out. */
function answersOf(f: ProfileField): string[] {
  const row = profileFieldTable[f];
  const input = row.input;
  if (input.kind === 'one') return input.options.map((o) => o.value);
  const write = row.write as (v: unknown) => string;
  return row.samples.map((v) => write(v));
}

const asked = (kind: 'person' | 'organisation') =>
  PROFILE_FIELDS.filter(
    (f) => f !== 'kind' && f !== 'asOf' && profileFieldTable[f].for !== (kind === 'person' ? 'organisation' : 'person'),
  );

/** Any subset of a kind's questions answered with any of their answers. */
const profile = fc.constantFrom('person' as const, 'organisation' as const).chain((kind) =>
  fc
    .record(
      Object.fromEntries(asked(kind).map((f) => [f, fc.option(fc.constantFrom(...answersOf(f)), { nil: undefined })])),
    )
    .map((answers) => ({
      kind,
      asOf,
      ...Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)),
    })),
);

const perPerson = new Set(benefitCatalog.filter((b) => b.amount?.type === 'per-person').map((b) => b.id));

describe('summariseResult over every reachable profile', () => {
  it('each total equals the sum of the amounts listed under it; none adds a rate without a count', () => {
    fc.assert(
      fc.property(profile, (input) => {
        const e = evaluate(input);
        if (!e.ok) return;
        const s = summariseResult(e);
        const groups: [typeof s.certain, BenefitResult[]][] = [
          [s.certain, e.eligible],
          [s.toConfirm, e.needsConfirmation],
        ];
        for (const [total, group] of groups) {
          expect(total.yuan).toBe(total.items.reduce((a, i) => a + i.yuan, 0));
          for (const item of total.items) {
            const r = group.find((b) => b.id === item.id);
            expect(r?.kind).toBe('money');
            expect(r?.amountYuan).toBe(item.yuan);
            // computed from the answers given: nothing it reads is unanswered
            expect(r?.conditions.every((c) => c.mark !== 'unknown')).toBe(true);
            // a per-person rate counts only for the person it is for (a count of one), never for a unit
            if (perPerson.has(item.id)) expect(input.kind).toBe('person');
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
