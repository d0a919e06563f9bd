/**
 * 第八条 技能大师工作室项目.
 *
 * “面向龙头企业、职技院校和公共实训基地……对新认定的市级技能大师工作室，市财政给予10万元奖补资金。”
 */
import { z } from 'zod';
import { formatYuan } from './format';
import { countField, parseWith, type Outcome } from './parse';
import { valueOf } from './parameters';
import { WorkedStepSchema, useParameter, ASK_OFFICIALS } from './worked';

/** Largest number of newly recognised studios one calculation accepts. */
export const MAX_STUDIOS = 1_000;

export const MasterStudioGrantInputSchema = z.object({
  /** 新认定的市级技能大师工作室 个数 */
  studios: countField('新认定的市级技能大师工作室个数', MAX_STUDIOS),
});
export type MasterStudioGrantInput = z.output<typeof MasterStudioGrantInputSchema>;

export const MasterStudioGrantResultSchema = z.object({
  studios: z.number().int().nonnegative(),
  perStudioYuan: z.number().int().nonnegative(),
  totalYuan: z.number().int().nonnegative(),
  totalText: z.string(),
  parameterId: z.literal('masterStudioGrant'),
  article: z.literal(8),
  steps: z.array(WorkedStepSchema),
  notSaid: z.array(z.string()),
});
export type MasterStudioGrantResult = z.infer<typeof MasterStudioGrantResultSchema>;

export const MASTER_STUDIO_NOT_SAID: readonly string[] = [
  '办法没有写明市级技能大师工作室的认定条件、申报程序和时间，也没有写明奖补资金如何拨付、用于什么。',
  '办法没有界定“龙头企业”。',
  `以上${ASK_OFFICIALS}。`,
];

/** 第八条：“对新认定的市级技能大师工作室，市财政给予10万元奖补资金” — studios × 10 万元. */
export function masterStudioGrant(input: unknown): Outcome<MasterStudioGrantResult> {
  const parsed = parseWith(MasterStudioGrantInputSchema, input);
  if (!parsed.ok) return parsed;
  const { studios } = parsed.value;
  const perStudioYuan = valueOf('masterStudioGrant');
  const totalYuan = studios * perStudioYuan;
  return {
    ok: true,
    value: {
      studios,
      perStudioYuan,
      totalYuan,
      totalText: formatYuan(totalYuan),
      parameterId: 'masterStudioGrant',
      article: 8,
      steps: [{ text: `新认定的市级技能大师工作室 ${studios} 个 × ${formatYuan(perStudioYuan)} = ${formatYuan(totalYuan)}`, parameters: [useParameter('masterStudioGrant')] }],
      notSaid: [...MASTER_STUDIO_NOT_SAID],
    },
  };
}
