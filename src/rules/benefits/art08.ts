/**
 * What the article grants (declarations: benefits and their conditions); the calculator is in ../art08-master-studio.ts.
 *
 * 第八条 技能大师工作室项目.
 *
 * “面向龙头企业、职技院校和公共实训基地……对新认定的市级技能大师工作室，市财政给予10万元奖补资金。”
 */
import { formatYuan } from '../format';
import { masterStudioGrant as masterStudioGrantParameter } from '../parameters/art08';
import { useParameter } from '../worked';
import type { BenefitDeclaration } from '../benefit';
import { MASTER_STUDIO_NOT_SAID } from '../art08-master-studio';

// ——— what 第八条 grants ———

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

export const art08Benefits = [
  {
    id: 'master-studio-grant',
    title: '技能大师工作室奖补资金',
    articles: [8],
    audience: { types: ['organisation'], who: '龙头企业、职技院校和公共实训基地' },
    kind: 'money',
    amount: { type: 'per-studio', parameterId: 'masterStudioGrant' },
    quote: masterStudioGrantParameter.quote,
    notSaid: MASTER_STUDIO_NOT_SAID,
    conditions: [
      {
        text: '龙头企业、职技院校或公共实训基地',
        reads: ['organisationType', 'leadingEnterprise'],
        words: '面向龙头企业、职技院校和公共实训基地',
        holds: studioHost,
      },
      {
        text: '有新认定的市级技能大师工作室',
        reads: ['newStudios'],
        words: '对新认定的市级技能大师工作室',
        holds: (p) => (p.newStudios === undefined ? undefined : p.newStudios > 0),
        change: () =>
          `每新认定一个市级技能大师工作室，市财政给予 ${formatYuan(masterStudioGrantParameter.value)} 奖补资金。`,
      },
    ],
    granted: (p) => {
      const per = masterStudioGrantParameter.value;
      if (p.newStudios === undefined || p.newStudios === 0) return {};
      const total = p.newStudios * per;
      return {
        reason: `对新认定的市级技能大师工作室，市财政给予每个 ${formatYuan(per)} 奖补资金。`,
        amountYuan: total,
        amountText: formatYuan(total),
        arithmetic: [
          {
            text: `新认定的市级技能大师工作室 ${p.newStudios} 个 × ${formatYuan(per)} = ${formatYuan(total)}`,
            parameters: [useParameter(masterStudioGrantParameter)],
          },
        ],
      };
    },
  },
] as const satisfies readonly BenefitDeclaration[];
