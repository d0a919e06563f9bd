/**
 * 第十六条 直接申报职称: the zod schema of the calculator's result (calculator.ts) and its type, inferred here. calculator.ts
 * imports the type only, so no zod reaches the browser; test/rules/schemas.test.ts validates results against it.
 */
import { z } from 'zod';
import { HONOURS } from './conditions';

const Answer = z.enum(['yes', 'no', 'unclear']);

export const TitleDirectApplicationResultSchema = z.object({
  honours: z.array(z.enum(HONOURS)),
  /** The highest level one may apply for directly. */
  level: z.enum(['full-senior', 'associate-senior', 'none']),
  /** 可直接申报正高级职称 */
  fullSenior: Answer,
  /** 可直接申报副高级职称; unclear when only a 世赛优胜奖 could count */
  associateSenior: Answer,
  /** 事业单位招聘“绿色通道”; unclear when only a 世赛优胜奖 could count */
  greenChannel: Answer,
  /** The honours held that open each route. */
  fullSeniorHonours: z.array(z.enum(HONOURS)),
  associateSeniorHonours: z.array(z.enum(HONOURS)),
  greenChannelHonours: z.array(z.enum(HONOURS)),
  reasons: z.array(z.object({ text: z.string(), quote: z.string() })),
  article: z.literal(16),
});

export type TitleDirectApplicationResult = z.infer<typeof TitleDirectApplicationResultSchema>;
