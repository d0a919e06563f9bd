/**
 * 技师项目培训补贴计算 (第六条): counts of 新培养技师 / 新培养高级技师 / 高级技师岗位技能提升培训 → total and breakdown,
 * with the verdicts and conditions of 第六条's declarations (src/rules/articles/06/rules.ts, which benefits.ts uses;
 * their `deferred` from the registry's `props`): the people counted on a line meet that subsidy's condition; who is
 * paid is not named, so each subsidy stays 还需确认.
 */
import { trainingSubsidy, type TrainingSubsidyLine, type TrainingSubsidyResult } from '../rules';
import { trainingTypes } from '../rules';
import { ConditionList, type Deferrals, type Judged } from './ConditionList';
import { judgeView } from './judge-view';
import { CountsCalculator } from './CountsCalculator';
import { CountsResult } from './CountsResult';
import { NotSaid } from './NotSaid';

/** The type of training a line counts (its benefit id is one of 第六条's three). */
const typeOf = (l: TrainingSubsidyLine) => trainingTypes[l.benefitId as keyof typeof trainingTypes];

/**
 * The subsidies whose lines count someone, each judged for the people on its line (none counted yet: all three,
 * undecided until a count is typed).
 */
export function trainingJudged(v: TrainingSubsidyResult, deferred: Deferrals): Judged[] {
  const counted = v.lines.filter((l) => l.count > 0);
  return (counted.length > 0 ? counted : v.lines).map((l) =>
    judgeView(
      { conditions: typeOf(l).conditions, deferred: deferred[l.benefitId] },
      counted.length > 0 ? { trainingProject: typeOf(l).answer } : {},
      ['trainingProject'],
    ),
  );
}

export default function TrainingSubsidyCalculator(props: {
  articleLabel: string;
  deferred: Deferrals;
  /** What 第六条 leaves unsaid (TRAINING_SUBSIDY_NOT_SAID, in the page's HTML). */
  notSaid: readonly string[];
}) {
  return (
    <CountsCalculator
      id="training-subsidy"
      article={6}
      articleLabel={props.articleLabel}
      unit="人"
      fields={[
        {
          key: 'technicians',
          label: `${trainingTypes['technician-training-subsidy'].name}人数`,
          hint: '例如 3 或 3人；没有可留空或填 0',
          initial: '',
        },
        {
          key: 'seniorTechnicians',
          label: `${trainingTypes['senior-technician-training-subsidy'].name}人数`,
          initial: '',
        },
        {
          key: 'seniorUpgrades',
          label: `${trainingTypes['senior-technician-upgrade-subsidy'].name}人数`,
          hint: '参加高级技师岗位技能提升培训的人数',
          initial: '',
        },
      ]}
      compute={trainingSubsidy}
      render={(v) => {
        return (
          <>
            <CountsResult
              totalLabel="技师项目培训补贴合计"
              total={v.totalYuan}
              lines={v.lines.map((l) => ({
                label: l.label,
                count: l.count,
                perUnit: l.perPersonYuan,
                amount: l.subtotalYuan,
              }))}
              unitWord="人"
              caption="技师项目培训补贴明细"
            />
            <ConditionList judged={trainingJudged(v, props.deferred)} articleLabel={props.articleLabel} />
            <NotSaid items={props.notSaid} />
          </>
        );
      }}
    />
  );
}
