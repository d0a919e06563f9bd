/**
 * 第八条 技能大师工作室项目.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects) and its
 * calculator’s formula (the input fields, the type of the result, the function). Apart from the declarations, so a
 * calculator page bundles these and not the rest of the article.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import { masterStudioGrant as masterStudioGrantParameter } from './parameters';
import type { ReadingCondition, StatedCondition } from '../../benefit';
import { countField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { useParameter, type WorkedStep } from '../../worked';

// ——— conditions ———

/** 龙头企业、职技院校和公共实训基地 (职技院校 read as 技工院校或中等职业学校 and 高职院校). */
function studioHost(p: {
  organisationType?: string | undefined;
  leadingEnterprise?: boolean | undefined;
}): boolean | undefined {
  switch (p.organisationType) {
    case undefined:
      return undefined;
    case 'enterprise':
      return p.leadingEnterprise;
    case 'technical-school':
    case 'higher-vocational-college':
    case 'public-training-base':
      return true;
    default:
      return false;
  }
}

/** The conditions of 技能大师工作室奖补资金 (master-studio-grant). */
export const masterStudioGrantConditions = [
  {
    text: '龙头企业、职技院校或公共实训基地',
    reads: ['organisationType', 'leadingEnterprise'],
    words: '面向龙头企业、职技院校和公共实训基地',
    reading:
      '“面向龙头企业、职技院校和公共实训基地”说的是建设工作室；奖补资金那句写的是“对新认定的市级技能大师工作室”，没有限定单位类型。本站把“面向”理解为也适用于奖补，即面向这三类单位；其他单位的工作室能否获得，办法没有写，需要向主管部门确认。',
    holds: studioHost,
  } satisfies ReadingCondition,
  {
    text: '有新认定的市级技能大师工作室',
    reads: ['newStudios'],
    words: '对新认定的市级技能大师工作室',
    holds: (p) => (p.newStudios === undefined ? undefined : p.newStudios > 0),
    change: () =>
      `每新认定一个市级技能大师工作室，市财政给予 ${formatYuan(masterStudioGrantParameter.value)} 奖补资金。`,
  },
] as const satisfies readonly (StatedCondition | ReadingCondition)[];

// ——— formula ———

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
