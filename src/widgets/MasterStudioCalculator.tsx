/**
 * 技能大师工作室奖补计算 (第八条): how many studios were newly recognised at city level → the grant, with the verdict and
 * conditions of 第八条's declaration (src/rules/articles/08/rules.ts; its `deferred` from the registry's `props`):
 * the count decides 新认定的工作室; who hosts them is not asked, so that condition stays “?” for the reader to confirm.
 */
import { masterStudioGrant, masterStudioGrantConditions, type MasterStudioGrantResult } from '../rules';
import { ConditionList, type Deferrals } from './ConditionList';
import { judgeView } from './judge-view';
import { CountsCalculator } from './CountsCalculator';
import { CountsResult } from './CountsResult';
import { NotSaid } from './NotSaid';

/** 第八条's grant judged for the studios counted, by an organisation (the checker's facts for the same count). */
export const masterStudioJudged = (v: MasterStudioGrantResult, deferred: Deferrals) =>
  judgeView(
    { conditions: masterStudioGrantConditions, deferred: deferred['master-studio-grant'] },
    { kind: 'organisation', newStudios: v.studios },
    ['newStudios'],
  );

export default function MasterStudioCalculator(props: {
  articleLabel: string;
  deferred: Deferrals;
  /** What 第八条 leaves unsaid (MASTER_STUDIO_NOT_SAID, in the page's HTML). */
  notSaid: readonly string[];
}) {
  return (
    <CountsCalculator
      id="master-studio"
      article={8}
      articleLabel={props.articleLabel}
      unit="个"
      fields={[
        {
          key: 'studios',
          label: '新认定的市级技能大师工作室数量',
          hint: '第八条：对新认定的市级技能大师工作室，市财政给予奖补资金',
          initial: '1',
        },
      ]}
      compute={masterStudioGrant}
      render={(v) => (
        <>
          <CountsResult
            totalLabel="市财政奖补资金合计"
            total={v.totalYuan}
            lines={[
              { label: '新认定的市级技能大师工作室', count: v.studios, perUnit: v.perStudioYuan, amount: v.totalYuan },
            ]}
            unitWord="个"
            caption="技能大师工作室奖补明细"
          />
          <ConditionList judged={[masterStudioJudged(v, props.deferred)]} articleLabel={props.articleLabel} />
          <NotSaid items={props.notSaid} />
        </>
      )}
    />
  );
}
