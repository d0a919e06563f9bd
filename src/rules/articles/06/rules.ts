/**
 * 第六条 实施急需紧缺人才培养计划 — 技师项目培训补贴.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects) and its
 * calculator’s formula (the input fields, the type of the result, the function). Apart from the declarations, so a
 * calculator page bundles these and not the rest of the article.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { formatYuan } from '../../format';
import {
  seniorTechnicianTrainingSubsidy,
  seniorTechnicianUpgradeSubsidy,
  technicianTrainingSubsidy,
} from './parameters';
import type { Parameter } from '../../parameter';
import type { StatedCondition } from '../../benefit';
import { trainingProjectLabels, type TrainingProject } from '../../training-projects';
import { countFieldOrZero, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { useParameter, type ParameterUse } from '../../worked';

// ——— conditions ———

/** The type of training, for a person; the training-subsidy calculator counts people of each type. */
function trainingType(answer: Exclude<TrainingProject, 'none'>, p: Parameter) {
  const label = trainingProjectLabels[answer];
  return {
    text: label,
    for: 'person',
    reads: ['trainingProject'],
    words: '按照新培养技师、高级技师和高级技师岗位技能提升培训的不同类型',
    holds: (x) => (x.trainingProject === undefined ? undefined : x.trainingProject === answer),
    change: () => `${label}的，第六条规定每人 ${formatYuan(p.value)} 技师项目培训补贴。`,
  } as const satisfies StatedCondition;
}

/**
 * 第六条's three types of training, in its order: the type's name in the article, the answer to 技师项目培养情况 that
 * is that type, its per-person amount, and the subsidy's condition. The declarations (benefits.ts) and the
 * calculator's lines (trainingSubsidy, below) are both made from this table.
 */
export const trainingTypes = {
  'technician-training-subsidy': {
    name: '新培养技师',
    answer: 'new-technician',
    parameter: technicianTrainingSubsidy,
    conditions: [trainingType('new-technician', technicianTrainingSubsidy)],
  },
  'senior-technician-training-subsidy': {
    name: '新培养高级技师',
    answer: 'new-senior-technician',
    parameter: seniorTechnicianTrainingSubsidy,
    conditions: [trainingType('new-senior-technician', seniorTechnicianTrainingSubsidy)],
  },
  'senior-technician-upgrade-subsidy': {
    name: '高级技师岗位技能提升培训',
    answer: 'senior-upgrade',
    parameter: seniorTechnicianUpgradeSubsidy,
    conditions: [trainingType('senior-upgrade', seniorTechnicianUpgradeSubsidy)],
  },
} as const;
export type TrainingSubsidyId = keyof typeof trainingTypes;

// ——— formula ———

/** One type of trainee: its count × the subsidy per person. */
export interface TrainingSubsidyLine {
  /** The benefit of the catalog this line computes. */
  benefitId: string;
  /** 新培养技师 */
  label: string;
  count: number;
  perPersonYuan: number;
  subtotalYuan: number;
  article: 6;
  parameterId: string;
  parameter: ParameterUse;
  /** "3 人 × 4,000 元 = 12,000 元" */
  text: string;
}

/** What the calculator finds. */
export interface TrainingSubsidyResult {
  /** One line per type, always three lines in the measure's order (count 0 included). */
  lines: TrainingSubsidyLine[];
  /** Sum of the lines' subtotals, in yuan. */
  totalYuan: number;
  totalText: string;
  article: 6;
}

/** Counts of trainees by type (a field per type of trainingTypes, in its order); an empty field counts as 0. */
export const TrainingSubsidyInputFields = {
  /** 新培养技师 人数 */
  technicians: countFieldOrZero(`${trainingTypes['technician-training-subsidy'].name}人数`),
  /** 新培养高级技师 人数 */
  seniorTechnicians: countFieldOrZero(`${trainingTypes['senior-technician-training-subsidy'].name}人数`),
  /** 高级技师岗位技能提升培训 人数 */
  seniorUpgrades: countFieldOrZero(`${trainingTypes['senior-technician-upgrade-subsidy'].name}人数`),
};
export type TrainingSubsidyInput = FieldsOutput<typeof TrainingSubsidyInputFields>;

/** Which count each subsidy's line multiplies. */
const COUNT_OF = {
  'technician-training-subsidy': 'technicians',
  'senior-technician-training-subsidy': 'seniorTechnicians',
  'senior-technician-upgrade-subsidy': 'seniorUpgrades',
} as const satisfies Record<TrainingSubsidyId, keyof TrainingSubsidyInput>;

/**
 * 第六条's subsidy per person of each type (trainingTypes, above) — counts by type → breakdown and total.
 * Pure; never throws; bad counts come back as Chinese field messages.
 */
export function trainingSubsidy(input: unknown): Outcome<TrainingSubsidyResult> {
  const parsed = parseFields(TrainingSubsidyInputFields, input);
  if (!parsed.ok) return parsed;
  const lines = (Object.keys(trainingTypes) as TrainingSubsidyId[]).map((benefitId): TrainingSubsidyLine => {
    const { name: label, parameter } = trainingTypes[benefitId];
    const count = parsed.value[COUNT_OF[benefitId]];
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
    value: { lines, totalYuan, totalText: formatYuan(totalYuan), article: 6 },
  };
}
