/**
 * 第八条's conditions, in a module of their own so the master-studio calculator bundles these and not the rest of the
 * article's declarations (benefits.ts uses them).
 */
import { formatYuan } from '../../format';
import { masterStudioGrant as masterStudioGrantParameter } from './parameters';
import type { ReadingCondition, StatedCondition } from '../../benefit';

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
