/**
 * 第八条 技能大师工作室奖补: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { WorkedStepSchema } from '../../worked-schema';

export const MasterStudioGrantResultSchema = z.object({
  studios: z.number().int().nonnegative(),
  perStudioYuan: z.number().int().nonnegative(),
  totalYuan: z.number().int().nonnegative(),
  totalText: z.string(),
  parameterId: z.literal('masterStudioGrant'),
  article: z.literal(8),
  steps: z.array(WorkedStepSchema),
});

export type MasterStudioGrantResult = z.infer<typeof MasterStudioGrantResultSchema>;
