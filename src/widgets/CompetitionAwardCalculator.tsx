/**
 * 全市技能大赛奖励 (第十三条): the place won → the award, with the article's words behind it and the verdict and
 * condition of 第十三条's declaration (src/rules/articles/13/rules.ts; its `deferred` from the registry's `props`),
 * judged for the place chosen.
 */
import { Component } from 'preact';
import { formatYuan } from '../rules';
import { COMPETITION_PLACINGS, competitionPlacings, cityCompetitionAward, type CompetitionPlacing } from '../rules';
import { cityCompetitionAwardConditions } from '../rules';
import { CalculatorShell } from './CalculatorShell';
import { ConditionList, type Deferrals } from './ConditionList';
import { judgeView } from './judge-view';
import { ChoiceGroup } from './choice-fields';
import { NotSaid } from './NotSaid';
import { WorkedSteps } from './WorkedSteps';

const CHOICES = COMPETITION_PLACINGS.map((p) => ({
  value: p,
  label: competitionPlacings[p].label,
  note: formatYuan(competitionPlacings[p].parameter.value),
}));

/** 第十三条's award judged for the place chosen. */
export const competitionJudged = (placing: CompetitionPlacing, deferred: Deferrals) =>
  judgeView(
    { conditions: cityCompetitionAwardConditions, deferred: deferred['city-competition-award'] },
    { competitionPlacing: placing },
    ['competitionPlacing'],
  );

export default class CompetitionAwardCalculator extends Component<
  /** `notSaid`: what 第十三条 leaves unsaid (CITY_COMPETITION_NOT_SAID, in the page's HTML). */
  { articleLabel: string; deferred: Deferrals; notSaid: readonly string[] },
  { placing?: CompetitionPlacing }
> {
  override state: { placing?: CompetitionPlacing } = {};

  override render() {
    const props = this.props;
    const { placing } = this.state;
    const setPlacing = (p: CompetitionPlacing) => this.setState({ placing: p });
    const result = placing === undefined ? undefined : cityCompetitionAward({ placing });
    return (
      <CalculatorShell
        id="competition-award"
        article={13}
        articleLabel={props.articleLabel}
        fields={
          <ChoiceGroup
            name="competition-award-placing"
            legend="在全市技能大赛中获得的名次"
            choices={CHOICES}
            value={placing}
            onValue={setPlacing}
          />
        }
        result={
          result?.ok ? (
            <>
              <p class="calc-total">
                {result.value.placingLabel}奖励：
                <span class="amount" data-testid="total">
                  {result.value.amountText}
                </span>
              </p>
              <ConditionList
                judged={[competitionJudged(result.value.placing, props.deferred)]}
                articleLabel={props.articleLabel}
              />
              <WorkedSteps steps={result.value.steps} articleLabel={props.articleLabel} />
              <NotSaid items={props.notSaid} />
            </>
          ) : undefined
        }
        pending={
          result && !result.ok ? Object.values(result.errors).join('；') : '请选择名次，奖励金额会立即显示在这里。'
        }
      />
    );
  }
}
