/** 全市技能大赛奖励 (第十三条): the place won → the award, with the article's words behind it. */
import { useState } from 'preact/hooks';
import { formatYuan } from '../rules/format';
import { COMPETITION_PLACINGS, competitionPlacings, cityCompetitionAward, type CompetitionPlacing } from '../rules/art13-competitions';
import { CalculatorShell } from './CalculatorShell';
import { ChoiceGroup } from './fields';
import { NotSaid } from './NotSaid';
import { WorkedSteps } from './WorkedSteps';

const CHOICES = COMPETITION_PLACINGS.map((p) => ({ value: p, label: competitionPlacings[p].label, note: formatYuan(competitionPlacings[p].parameter.value) }));

export default function CompetitionAwardCalculator(props: { articleLabel: string }) {
  const [placing, setPlacing] = useState<CompetitionPlacing | undefined>(undefined);
  const result = placing === undefined ? undefined : cityCompetitionAward({ placing });
  return (
    <CalculatorShell
      id="competition-award"
      article={13}
      articleLabel={props.articleLabel}
      fields={<ChoiceGroup name="competition-award-placing" legend="在全市技能大赛中获得的名次" choices={CHOICES} value={placing} onValue={setPlacing} />}
      result={
        result?.ok ? (
          <>
            <p class="calc-total">
              {result.value.placingLabel}奖励：<span class="amount" data-testid="total">{result.value.amountText}</span>
            </p>
            <WorkedSteps steps={result.value.steps} articleLabel={props.articleLabel} />
            <NotSaid items={result.value.notSaid} />
          </>
        ) : undefined
      }
      pending={result && !result.ok ? Object.values(result.errors).join('；') : '请选择名次，奖励金额会立即显示在这里。'}
    />
  );
}
