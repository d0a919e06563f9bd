/**
 * 第六条 实施急需紧缺人才培养计划 — 技师项目培训补贴.
 *
 * “按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型，分别给予每人4000元、5000元、2000元技师项目培训补贴。”
 */
import { formatYuan } from './format';
import { countFieldOrZero, parseFields, type FieldsOutput, type Outcome } from './parse';
import type { TrainingSubsidyLine, TrainingSubsidyResult } from './schemas';
import { seniorTechnicianTrainingSubsidy, seniorTechnicianUpgradeSubsidy, technicianTrainingSubsidy } from './parameters/art06';
import type { Parameter } from './parameters/define';
import type { ParameterId } from './parameters';
import { useParameter, ASK_OFFICIALS } from './worked';
import type { BenefitDeclaration } from './benefit';
import { trainingProjectLabels, type TrainingProject } from './profile-fields';

/** The result types live with their zod schemas in schemas.ts. */
export type { TrainingSubsidyLine, TrainingSubsidyResult } from './schemas';

/** Counts of trainees by type; an empty field counts as 0. */
export const TrainingSubsidyInputFields = {
  /** 新培养技师 人数 */
  technicians: countFieldOrZero('新培养技师人数'),
  /** 新培养高级技师 人数 */
  seniorTechnicians: countFieldOrZero('新培养高级技师人数'),
  /** 高级技师岗位技能提升培训 人数 */
  seniorUpgrades: countFieldOrZero('高级技师岗位技能提升培训人数'),
};
export type TrainingSubsidyInput = FieldsOutput<typeof TrainingSubsidyInputFields>;

const TYPES = [
  ['technician-training-subsidy', '新培养技师', 'technicians', technicianTrainingSubsidy],
  ['senior-technician-training-subsidy', '新培养高级技师', 'seniorTechnicians', seniorTechnicianTrainingSubsidy],
  ['senior-technician-upgrade-subsidy', '高级技师岗位技能提升培训', 'seniorUpgrades', seniorTechnicianUpgradeSubsidy],
] as const satisfies readonly (readonly [TrainingSubsidyLine['benefitId'], string, keyof TrainingSubsidyInput, Parameter])[];

/** What 第六条 leaves to other rules; shown with every result of this calculator. */
export const TRAINING_SUBSIDY_NOT_SAID: readonly string[] = [
  '办法没有写明补贴发给谁（学员本人、所在企业还是培训机构）。',
  '办法没有写明哪些职业（工种）属于“急需紧缺”，也没有写申请程序和期限。',
  '办法没有写明同一人能否同时或先后享受几类技师项目培训补贴。',
  `以上请以主管部门的具体规定为准，${ASK_OFFICIALS}。`,
];

/**
 * 第六条：“分别给予每人4000元、5000元、2000元技师项目培训补贴” — counts by type → breakdown and total.
 * Pure; never throws; bad counts come back as Chinese field messages.
 */
export function trainingSubsidy(input: unknown): Outcome<TrainingSubsidyResult> {
  const parsed = parseFields(TrainingSubsidyInputFields, input);
  if (!parsed.ok) return parsed;
  const lines = TYPES.map(([benefitId, label, field, parameter]): TrainingSubsidyLine => {
    const count = parsed.value[field];
    const perPersonYuan = parameter.value;
    const subtotalYuan = count * perPersonYuan;
    return {
      benefitId,
      label,
      count,
      perPersonYuan,
      subtotalYuan,
      article: 6,
      parameterId: parameter.id,
      parameter: useParameter(parameter),
      text: `${label} ${count} 人 × ${formatYuan(perPersonYuan)} = ${formatYuan(subtotalYuan)}`,
    };
  });
  const totalYuan = lines.reduce((sum, l) => sum + l.subtotalYuan, 0);
  return {
    ok: true,
    value: { lines, totalYuan, totalText: formatYuan(totalYuan), article: 6, notSaid: [...TRAINING_SUBSIDY_NOT_SAID] },
  };
}

// ——— what 第六条 grants ———

/** The article's words that grant the subsidy (the amounts are the parameters' own words). */
const GRANT_WORDS = `按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型，${technicianTrainingSubsidy.quote}`;

/** Who is paid is not named: the result stays 还需确认 for the person and for any organisation. */
const PAYER_NOT_NAMED = '办法没有写明补贴发给学员本人、企业还是培训机构，也没有列出哪些职业属于急需紧缺，需要向主管部门确认。';

function trainingBenefit<Id extends string>(id: Id, answer: Exclude<TrainingProject, 'none'>, title: string, who: string, p: Parameter) {
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
  trainingBenefit('technician-training-subsidy', 'new-technician', '新培养技师 技师项目培训补贴', '技师项目新培养的技师', technicianTrainingSubsidy),
  trainingBenefit('senior-technician-training-subsidy', 'new-senior-technician', '新培养高级技师 技师项目培训补贴', '技师项目新培养的高级技师', seniorTechnicianTrainingSubsidy),
  trainingBenefit('senior-technician-upgrade-subsidy', 'senior-upgrade', '高级技师岗位技能提升培训 技师项目培训补贴', '参加岗位技能提升培训的高级技师', seniorTechnicianUpgradeSubsidy),
] as const;
