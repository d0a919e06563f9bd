/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第八条 技能大师工作室项目.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import { masterStudioGrant as masterStudioGrantParameter } from './parameters';
import type { BenefitDeclaration } from '../../benefit';
import { PAYER_NOT_NAMED } from '../../payer-not-named';
import { masterStudioGrant } from './rules';
import { ASK_OFFICIALS } from '../../worked';
import { masterStudioGrantConditions } from './rules';

/**
 * What 第八条 leaves unsaid; the master-studio calculator shows it (from the registry's `props`, in the page's HTML).
 */
export const MASTER_STUDIO_NOT_SAID: readonly string[] = [
  '办法没有写明市级技能大师工作室的认定条件、申报程序和时间，也没有写明奖补资金如何拨付、用于什么。',
  '办法没有界定“龙头企业”。',
  `以上${ASK_OFFICIALS}。`,
];

// ——— what 第八条 grants ———

export const art08Benefits = [
  {
    id: 'master-studio-grant',
    title: '技能大师工作室奖补资金',
    articles: [8],
    audience: {
      types: ['organisation'],
      who: '新认定的市级技能大师工作室（本条面向龙头企业、职技院校和公共实训基地）',
    },
    kind: 'money',
    amount: { type: 'per-studio', parameterId: 'masterStudioGrant' },
    quote: masterStudioGrantParameter.quote,
    notSaid: MASTER_STUDIO_NOT_SAID,
    conditions: masterStudioGrantConditions,
    // the total and its arithmetic are the calculator's (rules.ts): one formula for both
    deferred: PAYER_NOT_NAMED,
    granted: (p) => {
      if (p.newStudios === undefined || p.newStudios === 0) return {};
      const r = masterStudioGrant({ studios: p.newStudios });
      if (!r.ok) return {};
      return {
        reason: `对新认定的市级技能大师工作室，市财政给予每个 ${formatYuan(r.value.perStudioYuan)} 奖补资金。`,
        amountYuan: r.value.totalYuan,
        amountText: r.value.totalText,
        arithmetic: r.value.steps,
      };
    },
  },
] as const satisfies readonly BenefitDeclaration[];
