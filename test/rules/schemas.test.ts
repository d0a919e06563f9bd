/**
 * The rules module's outputs match their zod schemas (src/rules/schemas.ts): every parameter, and every calculator's
 * result over random valid inputs (the calculators' result schemas: calculator-result-schemas.ts beside this file). The calculators do not validate their own output at run time (zod stays out of the
 * browser), so this is where a shape the widgets and the JSON API rely on would be caught drifting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadExamples } from '../../src/lib/examples';
import {
  BenefitSchema,
  EvaluationSchema,
  benefitCatalog,
  evaluate,
  COMPETITION_PLACINGS,
  GRADUATE_PROGRAMMES,
  HONOURS,
  ParameterSchema,
  cityCompetitionAward,
  educationFundDeduction,
  graduateTreatment,
  masterStudioGrant,
  parameterList,
  parameters,
  technicianApplicationDate,
  titleDirectApplication,
  trainingSubsidy,
  type Outcome,
} from '../../src/rules';
import {
  CityCompetitionAwardResultSchema,
  EducationFundDeductionResultSchema,
  GraduateTreatmentResultSchema,
  MasterStudioGrantResultSchema,
  TechnicianApplicationDateResultSchema,
  TitleDirectApplicationResultSchema,
  TrainingSubsidyResultSchema,
} from './calculator-result-schemas';

/** The value of an outcome that must be ok, else the test fails with the errors. */
function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

/** Fails with zod's own report (path and message) when the value does not match. */
function expectShape(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  expect(r.success ? [] : r.error.issues).toEqual([]);
}

const count = fc.integer({ min: 0, max: 100_000 }).map(String);
const yuan = fc
  .integer({ min: 0, max: 10_000_000_000 })
  .map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('schemas of the rules module', () => {
  it('every parameter matches ParameterSchema (id form, integer value ≥ 0, article 1–20, ISO date)', () => {
    expect(parameterList.length).toBeGreaterThan(20);
    for (const p of parameterList) expectShape(ParameterSchema, p);
  });

  it('each parameter sits under its own id in the gathered table (the per-article files and the ids agree)', () => {
    for (const [key, p] of Object.entries(parameters)) expect(p.id).toBe(key);
    expect(new Set(parameterList.map((p) => p.id)).size).toBe(parameterList.length);
  });

  it('ParameterSchema rejects a parameter that breaks it', () => {
    const good = parameterList[0]!;
    for (const bad of [
      { ...good, value: -1 },
      { ...good, value: 1.5 },
      { ...good, article: 21 },
      { ...good, id: 'Bad-id' },
      { ...good, effectiveFrom: '2022-13-01' },
    ]) {
      expect(ParameterSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('第六条 training subsidy results match their schema', () => {
    fc.assert(
      fc.property(count, count, count, (technicians, seniorTechnicians, seniorUpgrades) => {
        expectShape(
          TrainingSubsidyResultSchema,
          valueOf(trainingSubsidy({ technicians, seniorTechnicians, seniorUpgrades })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('第五条 education fund results match their schema', () => {
    fc.assert(
      fc.property(yuan, yuan, yuan, yuan, (wages, spending, frontline, carriedOver) => {
        const frontlineSpending = Number(frontline) <= Number(spending) ? frontline : spending;
        expectShape(
          EducationFundDeductionResultSchema,
          valueOf(educationFundDeduction({ wages, spending, frontlineSpending, carriedOver })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('第八条 master studio results match their schema', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }).map(String), (studios) => {
        expectShape(MasterStudioGrantResultSchema, valueOf(masterStudioGrant({ studios })));
      }),
      { numRuns: 50 },
    );
  });

  it('第十一条 technician application date results match their schema', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        const [certificateDate, today] = a <= b ? [a, b] : [b, a];
        expectShape(
          TechnicianApplicationDateResultSchema,
          valueOf(technicianApplicationDate({ certificateDate, today })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('第十三条, 第十五条 and 第十六条 results match their schemas for every choice', () => {
    for (const placing of COMPETITION_PLACINGS)
      expectShape(CityCompetitionAwardResultSchema, valueOf(cityCompetitionAward({ placing })));
    for (const programme of GRADUATE_PROGRAMMES) {
      for (const startingBusiness of ['', 'yes', 'no']) {
        expectShape(GraduateTreatmentResultSchema, valueOf(graduateTreatment({ programme, startingBusiness })));
      }
    }
    fc.assert(
      fc.property(fc.subarray([...HONOURS]), (honours) => {
        expectShape(TitleDirectApplicationResultSchema, valueOf(titleDirectApplication({ honours })));
      }),
      { numRuns: 200 },
    );
  });

  it('every entry of the benefit catalog matches BenefitSchema (parameter ids exist, at least one condition and one thing not said)', () => {
    expect(benefitCatalog.length).toBe(25);
    for (const b of benefitCatalog) expectShape(BenefitSchema, b);
    const broken = { ...benefitCatalog[0]!, amount: { type: 'per-person', parameterId: 'noSuchParameter' } };
    expect(BenefitSchema.safeParse(broken).success).toBe(false);
  });

  it('the evaluation of every example matches EvaluationSchema', () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThan(30);
    for (const s of examples) {
      const evaluation = evaluate(s.answers);
      expect(evaluation.ok, s.id).toBe(true);
      expectShape(EvaluationSchema, evaluation);
    }
    expectShape(EvaluationSchema, evaluate({ kind: 'nobody' }));
  });
});
