/**
 * evaluateAnswers (the checker's evaluation in the browser, without zod) against evaluate (the same walk behind the
 * zod ProfileSchema): both are built from the profile's field parsers (profile-parse.ts), so they must give the very
 * same result — the same groups, messages and notices — for any input, well-formed, half-typed or hostile.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/evaluate';
import { evaluateAnswers } from '../../src/rules/evaluate-profile';
import { HONOURS } from '../../src/rules/articles/16/rules';
import {
  EDUCATIONS,
  ORGANISATION_TYPES,
  PLACINGS,
  SKILL_LEVELS,
  TRAINING_PROJECTS,
} from '../../src/rules/profile-fields';
import { PROFILE_FIELDS } from '../../src/rules/fields';

/** Values a field may carry: every choice of the questionnaire, numbers and dates as typed, and nonsense. */
const raw = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      ...SKILL_LEVELS,
      ...EDUCATIONS,
      ...TRAINING_PROJECTS,
      ...PLACINGS,
      ...ORGANISATION_TYPES,
      HONOURS.join(','),
      'person',
      'organisation',
      'yes',
      'no',
      '',
      '0',
      '2',
      '120万',
      '100,000',
      '70000',
      '2024-02-29',
      '2023-02-30',
      '2999-01-01',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.anything() },
);
const answers = fc.dictionary(fc.constantFrom(...PROFILE_FIELDS, 'bogus', '__proto__'), raw, { maxKeys: 12 });
const withKind = fc
  .record({ kind: fc.constantFrom('person', 'organisation') })
  .chain((k) => answers.map((a) => ({ ...a, ...k })));

describe('evaluateAnswers (no zod) gives what evaluate (zod) gives', () => {
  it('for answers of a person or an organisation, valid or not (1500 runs)', () => {
    fc.assert(
      fc.property(withKind, (input) => {
        expect(evaluateAnswers(input)).toStrictEqual(evaluate(input));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('for anything at all (500 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(answers, fc.anything()), (input) => {
        expect(evaluateAnswers(input)).toStrictEqual(evaluate(input));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('for money and dates, where the checks across fields bite (500 runs)', () => {
    const amount = fc.option(fc.nat({ max: 300 }).map(String), { nil: undefined });
    const day = fc.option(
      fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    );
    const input = fc.record(
      {
        kind: fc.constantFrom('person', 'organisation'),
        educationSpending: amount,
        frontlineSpending: amount,
        advancedCertificateDate: day,
        asOf: day,
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(input, (i) => {
        expect(evaluateAnswers(i)).toStrictEqual(evaluate(i));
      }),
      { numRuns: 500 },
    );
  });

  it('the checks across fields give the same message at the same field', () => {
    const input = { kind: 'organisation', educationSpending: '100', frontlineSpending: '200' };
    const a = evaluateAnswers(input);
    expect(a.ok).toBe(false);
    expect(a.errors['frontlineSpending']).toBe('用于一线职工培训的支出不能大于本年职工教育经费支出');
    expect(a).toStrictEqual(evaluate(input));
  });
});
