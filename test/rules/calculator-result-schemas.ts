/**
 * The calculators' results as zod schemas, for test/rules/schemas.test.ts: what TypeScript cannot say about a result
 * (whole, non-negative amounts; ISO dates; the article's own number). Each schema `satisfies` the result type the
 * calculator declares (src/rules/articles/NN/rules.ts), so a field added or changed there fails the type check
 * here until the schema says it too. Kept out of src/: no page and no JSON of the site uses them.
 */
import { z } from 'zod';
import {
  COMPETITION_PLACINGS,
  GRADUATE_PROGRAMMES,
  HONOURS,
  ParameterUseSchema,
  WorkedStepSchema,
  type CityCompetitionAwardResult,
  type EducationFundDeductionResult,
  type GraduateTreatmentResult,
  type MasterStudioGrantResult,
  type TechnicianApplicationDateResult,
  type TitleDirectApplicationResult,
  type TrainingSubsidyResult,
} from '../../src/rules';

const yuan = z.number().int().nonnegative();
const steps = z.array(WorkedStepSchema);

export const EducationFundDeductionResultSchema = z.object({
  wagesFen: yuan,
  spendingFen: yuan,
  frontlineSpendingFen: yuan,
  carriedOverFen: yuan,
  limitFen: yuan,
  deductibleFen: yuan,
  deductibleFromThisYearFen: yuan,
  deductibleFromCarriedOverFen: yuan,
  carriedForwardFen: yuan,
  frontlineShareBasisPoints: z.number().int().nonnegative().nullable(),
  frontlineShareMet: z.boolean().nullable(),
  formatted: z.object({
    wages: z.string(),
    spending: z.string(),
    frontlineSpending: z.string(),
    carriedOver: z.string(),
    limit: z.string(),
    deductible: z.string(),
    carriedForward: z.string(),
    frontlineShare: z.string(),
  }),
  steps,
  article: z.literal(5),
}) satisfies z.ZodType<EducationFundDeductionResult>;

export const TrainingSubsidyResultSchema = z.object({
  lines: z.array(
    z.object({
      benefitId: z.string(),
      label: z.string(),
      count: z.number().int().nonnegative(),
      perPersonYuan: yuan,
      subtotalYuan: yuan,
      article: z.literal(6),
      parameterId: z.string(),
      parameter: ParameterUseSchema,
      text: z.string(),
    }),
  ),
  totalYuan: yuan,
  totalText: z.string(),
  article: z.literal(6),
}) satisfies z.ZodType<TrainingSubsidyResult>;

export const MasterStudioGrantResultSchema = z.object({
  studios: z.number().int().nonnegative(),
  perStudioYuan: yuan,
  totalYuan: yuan,
  totalText: z.string(),
  parameterId: z.literal('masterStudioGrant'),
  article: z.literal(8),
  steps,
}) satisfies z.ZodType<MasterStudioGrantResult>;

export const TechnicianApplicationDateResultSchema = z.object({
  certificateDate: z.iso.date(),
  today: z.iso.date(),
  periodEndDate: z.iso.date(),
  earliestApplicationDate: z.iso.date(),
  earliestApplicationDateText: z.string(),
  canApplyNow: z.boolean(),
  daysRemaining: z.number().int().nonnegative(),
  endedOnMonthEnd: z.boolean(),
  steps,
  article: z.literal(11),
}) satisfies z.ZodType<TechnicianApplicationDateResult>;

export const CityCompetitionAwardResultSchema = z.object({
  placing: z.enum(COMPETITION_PLACINGS),
  placingLabel: z.string(),
  amountYuan: yuan,
  amountText: z.string(),
  parameterId: z.string(),
  article: z.literal(13),
  steps,
}) satisfies z.ZodType<CityCompetitionAwardResult>;

export const GraduateTreatmentResultSchema = z.object({
  programme: z.enum(GRADUATE_PROGRAMMES),
  equivalence: z.enum(['大专', '本科']).nullable(),
  equivalenceText: z.string(),
  startupSupports: z.array(
    z.object({
      benefitId: z.string(),
      label: z.string(),
      kind: z.enum(['money', 'loan-ceiling']),
      minYuan: yuan.nullable(),
      maxYuan: yuan,
      amountText: z.string(),
      parameters: z.array(ParameterUseSchema),
    }),
  ),
  startingBusiness: z.boolean().nullable(),
  startupText: z.string(),
  article: z.literal(15),
}) satisfies z.ZodType<GraduateTreatmentResult>;

const answer = z.enum(['yes', 'no', 'unclear']);
const honours = z.array(z.enum(HONOURS));

export const TitleDirectApplicationResultSchema = z.object({
  honours,
  level: z.enum(['full-senior', 'associate-senior', 'none']),
  fullSenior: answer,
  associateSenior: answer,
  greenChannel: answer,
  fullSeniorHonours: honours,
  associateSeniorHonours: honours,
  greenChannelHonours: honours,
  reasons: z.array(z.object({ text: z.string(), quote: z.string() })),
  article: z.literal(16),
}) satisfies z.ZodType<TitleDirectApplicationResult>;
