/**
 * 金额的写法: how a benefit's amount is stated, by parameter ids (the declarations in articles/NN/benefits.ts). The type
 * is inferred here; the declarations import it as a type only.
 */
import { z } from 'zod';
import { parameters, type ParameterId } from './parameters';

export const ParameterIdSchema = z.custom<ParameterId>((v) => typeof v === 'string' && Object.hasOwn(parameters, v));

/** How the measure states an amount, by parameter ids. */
export const BenefitAmountSchema = z.discriminatedUnion('type', [
  /** so much per person (第六条) */
  z.object({ type: z.literal('per-person'), parameterId: ParameterIdSchema }),
  /** so much per newly recognised studio (第八条) */
  z.object({ type: z.literal('per-studio'), parameterId: ParameterIdSchema }),
  /** a one-off sum */
  z.object({ type: z.literal('fixed'), parameterId: ParameterIdSchema }),
  /** one amount per placing (第十三条) */
  z.object({ type: z.literal('by-placing'), parameterIds: z.array(ParameterIdSchema) }),
  /** at most so much (a loan ceiling) */
  z.object({ type: z.literal('ceiling'), parameterId: ParameterIdSchema }),
  /** between min and max */
  z.object({ type: z.literal('range'), minParameterId: ParameterIdSchema, maxParameterId: ParameterIdSchema }),
  /** computed from the reader's figures by a calculator (第五条) */
  z.object({ type: z.literal('computed'), parameterIds: z.array(ParameterIdSchema) }),
]);
export type BenefitAmount = z.infer<typeof BenefitAmountSchema>;
