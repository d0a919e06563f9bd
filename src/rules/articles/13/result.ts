/**
 * 第十三条 全市技能大赛奖励: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { WorkedStepSchema } from '../../worked-schema';
import { COMPETITION_PLACINGS } from './conditions';

export const CityCompetitionAwardResultSchema = z.object({
  placing: z.enum(COMPETITION_PLACINGS),
  placingLabel: z.string(),
  amountYuan: z.number().int().nonnegative(),
  amountText: z.string(),
  parameterId: z.string(),
  article: z.literal(13),
  steps: z.array(WorkedStepSchema),
});

export type CityCompetitionAwardResult = z.infer<typeof CityCompetitionAwardResultSchema>;
