/**
 * 第六条's conditions, in a module of their own so the training-subsidy calculator bundles these and not the rest of
 * the article's declarations (benefits.ts uses them).
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
 * calculator's lines (calculator.ts) are both made from this table.
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
