/**
 * 参数: every amount, rate, threshold, count and period the measure states.
 *
 * Each parameter carries its value, unit, the article that states it and `quote`, the exact words of that
 * article (a test checks that every quote occurs in the article's official text). Code reads these values;
 * it never repeats a literal amount. The parameters are written one file per article in parameters/ (so a calculator
 * bundles only its own article's amounts); this module gathers them. To change an amount, change it there (see
 * src/rules/README.md).
 */
import type { Parameter } from './parameters/define';
import { newHighSkillTalentTarget, targetYear } from './parameters/art03';
import { educationFundDeductionRate, frontlineTrainingShare } from './parameters/art05';
import {
  technicianTrainingSubsidy,
  seniorTechnicianTrainingSubsidy,
  seniorTechnicianUpgradeSubsidy,
} from './parameters/art06';
import { masterStudioGrant } from './parameters/art08';
import { technicianWaitingYears } from './parameters/art11';
import {
  cityCompetitionInterval,
  cityCompetitionFirstPrize,
  cityCompetitionSecondPrize,
  cityCompetitionThirdPrize,
  cityCompetitionMeritPrize,
} from './parameters/art13';
import { honoursInterval, xuchangSkillsAwardQuota, xuchangTechnicalExpertQuota } from './parameters/art14';
import {
  startupSubsidy,
  startupLoanCeiling,
  startupProjectSupportMin,
  startupProjectSupportMax,
} from './parameters/art15';

export type { Parameter, ParameterUnit } from './parameters/define';

/**
 * All parameters, keyed by id (the JSON API, the catalog, content). Rule modules that run in the browser import the
 * named parameters they use instead, so a calculator ships only its own amounts and quotes.
 */
export const parameters = {
  newHighSkillTalentTarget,
  targetYear,
  educationFundDeductionRate,
  frontlineTrainingShare,
  technicianTrainingSubsidy,
  seniorTechnicianTrainingSubsidy,
  seniorTechnicianUpgradeSubsidy,
  masterStudioGrant,
  technicianWaitingYears,
  cityCompetitionInterval,
  cityCompetitionFirstPrize,
  cityCompetitionSecondPrize,
  cityCompetitionThirdPrize,
  cityCompetitionMeritPrize,
  honoursInterval,
  xuchangSkillsAwardQuota,
  xuchangTechnicalExpertQuota,
  startupSubsidy,
  startupLoanCeiling,
  startupProjectSupportMin,
  startupProjectSupportMax,
} as const;

export type ParameterId = keyof typeof parameters;
export const parameterList: Parameter[] = Object.values(parameters);

/** The value of a parameter. */
export function valueOf(id: ParameterId): number {
  return parameters[id].value;
}
