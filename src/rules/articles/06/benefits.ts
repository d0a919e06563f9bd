/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第六条 实施急需紧缺人才培养计划 — 技师项目培训补贴.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import { technicianTrainingSubsidy } from './parameters';
import type { ParameterId } from '../../parameters';
import { useParameter } from '../../worked';
import type { BenefitDeclaration } from '../../benefit';
import { PAYER_NOT_NAMED } from '../../payer-not-named';
import { trainingProjectLabels } from '../../training-projects';
import { trainingTypes, type TrainingSubsidyId } from './rules';
import { ASK_OFFICIALS } from '../../worked';

/** What 第六条 leaves to other rules; shown with every result of the training-subsidy
 * calculator (from the registry's `props`, in the page's HTML). */
export const TRAINING_SUBSIDY_NOT_SAID: readonly string[] = [
  '办法没有写明补贴发给谁（学员本人、所在企业还是培训机构）。',
  '办法没有写明哪些职业（工种）属于“急需紧缺”，也没有写申请程序和期限。',
  '办法没有写明同一人能否同时或先后享受几类技师项目培训补贴。',
  `以上请以主管部门的具体规定为准，${ASK_OFFICIALS}。`,
];

// ——— what 第六条 grants ———

/** The article's words that grant the subsidy (the amounts are the parameters' own words). */
const GRANT_WORDS = `按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型，${technicianTrainingSubsidy.quote}`;

function trainingBenefit<Id extends TrainingSubsidyId>(id: Id, who: string) {
  const { name, answer, parameter: p, conditions } = trainingTypes[id];
  const label = trainingProjectLabels[answer];
  return {
    id,
    title: `${name} 技师项目培训补贴`,
    articles: [6],
    audience: { types: ['person', 'organisation'], who },
    kind: 'money',
    amount: { type: 'per-person', parameterId: p.id as ParameterId },
    quote: GRANT_WORDS,
    notSaid: TRAINING_SUBSIDY_NOT_SAID,
    conditions,
    deferred: PAYER_NOT_NAMED,
    // a unit's amount is the rate times a count the checker does not ask: the rate alone is no sum of its
    // (amountText stays “每人 X 元”); the training-subsidy calculator multiplies it by the counts
    granted: (x) => ({
      reason:
        x.kind === 'organisation'
          ? `第六条对“${label}”每人给予 ${formatYuan(p.value)} 技师项目培训补贴。`
          : `您属于第六条的“${label}”，办法规定每人 ${formatYuan(p.value)} 技师项目培训补贴。`,
      ...(x.kind === 'person' ? { amountYuan: p.value } : {}),
      arithmetic: [{ text: `${label}：每人 ${formatYuan(p.value)}`, parameters: [useParameter(p)] }],
    }),
  } as const satisfies BenefitDeclaration;
}

/** 第六条's three subsidies, one per type of training. */
export const art06Benefits = [
  trainingBenefit('technician-training-subsidy', '技师项目新培养的技师'),
  trainingBenefit('senior-technician-training-subsidy', '技师项目新培养的高级技师'),
  trainingBenefit('senior-technician-upgrade-subsidy', '参加高级技师岗位技能提升培训的人员'),
] as const;
