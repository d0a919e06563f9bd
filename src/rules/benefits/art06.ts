/**
 * What the article grants (declarations: benefits and their conditions); the calculator is in ../art06-training-subsidy.ts.
 *
 * 第六条 实施急需紧缺人才培养计划 — 技师项目培训补贴.
 *
 * “按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型，分别给予每人4000元、5000元、2000元技师项目培训补贴。”
 */
import { formatYuan } from '../format';
import {
  seniorTechnicianTrainingSubsidy,
  seniorTechnicianUpgradeSubsidy,
  technicianTrainingSubsidy,
} from '../parameters/art06';
import type { Parameter } from '../parameters/define';
import type { ParameterId } from '../parameters';
import { useParameter } from '../worked';
import type { BenefitDeclaration } from '../benefit';
import { trainingProjectLabels, type TrainingProject } from '../profile-fields';
import { TRAINING_SUBSIDY_NOT_SAID } from '../art06-training-subsidy';

// ——— what 第六条 grants ———

/** The article's words that grant the subsidy (the amounts are the parameters' own words). */
const GRANT_WORDS = `按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型，${technicianTrainingSubsidy.quote}`;

/** Who is paid is not named: the result stays 还需确认 for the person and for any organisation. */
const PAYER_NOT_NAMED =
  '办法没有写明补贴发给学员本人、企业还是培训机构，也没有列出哪些职业属于急需紧缺，需要向主管部门确认。';

function trainingBenefit<Id extends string>(
  id: Id,
  answer: Exclude<TrainingProject, 'none'>,
  title: string,
  who: string,
  p: Parameter,
) {
  const label = trainingProjectLabels[answer];
  return {
    id,
    title,
    articles: [6],
    audience: { types: ['person', 'organisation'], who },
    kind: 'money',
    amount: { type: 'per-person', parameterId: p.id as ParameterId },
    quote: GRANT_WORDS,
    notSaid: TRAINING_SUBSIDY_NOT_SAID,
    conditions: [
      {
        text: label,
        for: 'person',
        reads: ['trainingProject'],
        words: '按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型',
        holds: (x) => (x.trainingProject === undefined ? undefined : x.trainingProject === answer),
        change: () => `${label}的，第六条规定每人 ${formatYuan(p.value)} 技师项目培训补贴。`,
      },
    ],
    deferred: PAYER_NOT_NAMED,
    granted: (x) => ({
      reason:
        x.kind === 'organisation'
          ? `第六条对“${label}”每人给予 ${formatYuan(p.value)} 技师项目培训补贴。`
          : `您属于第六条的“${label}”，办法规定每人 ${formatYuan(p.value)} 技师项目培训补贴。`,
      amountYuan: p.value,
      arithmetic: [{ text: `${label}：每人 ${formatYuan(p.value)}`, parameters: [useParameter(p)] }],
    }),
  } as const satisfies BenefitDeclaration;
}

/** 第六条's three subsidies, one per type of training. */
export const art06Benefits = [
  trainingBenefit(
    'technician-training-subsidy',
    'new-technician',
    '新培养技师 技师项目培训补贴',
    '技师项目新培养的技师',
    technicianTrainingSubsidy,
  ),
  trainingBenefit(
    'senior-technician-training-subsidy',
    'new-senior-technician',
    '新培养高级技师 技师项目培训补贴',
    '技师项目新培养的高级技师',
    seniorTechnicianTrainingSubsidy,
  ),
  trainingBenefit(
    'senior-technician-upgrade-subsidy',
    'senior-upgrade',
    '高级技师岗位技能提升培训 技师项目培训补贴',
    '参加岗位技能提升培训的高级技师',
    seniorTechnicianUpgradeSubsidy,
  ),
] as const;
