/**
 * 第八条 技能大师工作室项目.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import { countField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { masterStudioGrant as masterStudioGrantParameter } from './parameters';
import { useParameter, type WorkedStep } from '../../worked';

/** What the calculator finds. */
export interface MasterStudioGrantResult {
  studios: number;
  perStudioYuan: number;
  totalYuan: number;
  totalText: string;
  parameterId: 'masterStudioGrant';
  article: 8;
  steps: WorkedStep[];
}

/** Largest number of newly recognised studios one calculation accepts. */
export const MAX_STUDIOS = 1_000;

export const MasterStudioGrantInputFields = {
  /** 新认定的市级技能大师工作室 个数 */
  studios: countField('新认定的市级技能大师工作室个数', MAX_STUDIOS),
};
export type MasterStudioGrantInput = FieldsOutput<typeof MasterStudioGrantInputFields>;

/** 第八条: newly recognised studios × the grant per studio (parameters.ts: masterStudioGrant). */
export function masterStudioGrant(input: unknown): Outcome<MasterStudioGrantResult> {
  const parsed = parseFields(MasterStudioGrantInputFields, input);
  if (!parsed.ok) return parsed;
  const { studios } = parsed.value;
  const perStudioYuan = masterStudioGrantParameter.value;
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
      steps: [
        {
          text: `新认定的市级技能大师工作室 ${studios} 个 × ${formatYuan(perStudioYuan)} = ${formatYuan(totalYuan)}`,
          parameters: [useParameter(masterStudioGrantParameter)],
        },
      ],
    },
  };
}
