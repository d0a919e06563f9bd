/**
 * 第六条's conditions, in a module of their own so the training-subsidy calculator bundles these and not the rest of
 * the article's declarations (benefits/art06.ts uses them).
 */
import { formatYuan } from '../format';
import {
  seniorTechnicianTrainingSubsidy,
  seniorTechnicianUpgradeSubsidy,
  technicianTrainingSubsidy,
} from '../parameters/art06';
import type { Parameter } from '../parameters/define';
import type { StatedCondition } from '../benefit';
import { trainingProjectLabels, type TrainingProject } from '../training-projects';

/** Who is paid is not named: each subsidy stays 还需确认 for the person and for any organisation. */
export { PAYER_NOT_NAMED } from './payer-not-named';

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
 * Each subsidy's answer to 技师项目培养情况 and its condition. The calculator's lines are people of that type: for
 * them the condition holds.
 */
export const trainingTypes = {
  'technician-training-subsidy': {
    answer: 'new-technician',
    conditions: [trainingType('new-technician', technicianTrainingSubsidy)],
  },
  'senior-technician-training-subsidy': {
    answer: 'new-senior-technician',
    conditions: [trainingType('new-senior-technician', seniorTechnicianTrainingSubsidy)],
  },
  'senior-technician-upgrade-subsidy': {
    answer: 'senior-upgrade',
    conditions: [trainingType('senior-upgrade', seniorTechnicianUpgradeSubsidy)],
  },
} as const;
