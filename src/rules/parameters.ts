/**
 * 参数: every amount, rate, threshold, count and period the measure states.
 *
 * Each parameter carries its value, unit, the article that states it and `quote`, the exact words of that
 * article (a test checks that every quote occurs in the article's official text). Code reads these values;
 * it never repeats a literal amount. The parameters are written one file per article in parameters/ (so a calculator
 * bundles only its own article's amounts); this module gathers them. To change an amount, change it there (see
 * src/rules/README.md).
 */
import type { Parameter } from './parameter';
import { newHighSkillTalentTarget, targetYear } from './articles/03/parameters';
import { educationFundDeductionRate, frontlineTrainingShare } from './articles/05/parameters';
import {
  technicianTrainingSubsidy,
  seniorTechnicianTrainingSubsidy,
  seniorTechnicianUpgradeSubsidy,
} from './articles/06/parameters';
import { masterStudioGrant } from './articles/08/parameters';
import { technicianWaitingYears } from './articles/11/parameters';
import {
  cityCompetitionInterval,
  cityCompetitionFirstPrize,
  cityCompetitionSecondPrize,
  cityCompetitionThirdPrize,
  cityCompetitionMeritPrize,
} from './articles/13/parameters';
import { honoursInterval, xuchangSkillsAwardQuota, xuchangTechnicalExpertQuota } from './articles/14/parameters';
import {
  startupSubsidy,
  startupLoanCeiling,
  startupProjectSupportMin,
  startupProjectSupportMax,
} from './articles/15/parameters';

export type { Parameter, ParameterUnit } from './parameter';

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
