/** 技师项目培训补贴计算 (第六条): counts of 新培养技师 / 新培养高级技师 / 高级技师岗位技能提升培训 → total and breakdown. */
import { trainingSubsidy } from '../rules/art06-training-subsidy';
import { CountsCalculator } from './CountsCalculator';
import { CountsResult } from './CountsResult';
import { NotSaid } from './NotSaid';

export default function TrainingSubsidyCalculator(props: { articleLabel: string }) {
  return (
    <CountsCalculator
      id="training-subsidy"
      article={6}
      articleLabel={props.articleLabel}
      unit="人"
      fields={[
        { key: 'technicians', label: '新培养技师人数', hint: '例如 3 或 3人；没有可留空或填 0', initial: '' },
        { key: 'seniorTechnicians', label: '新培养高级技师人数', initial: '' },
        {
          key: 'seniorUpgrades',
          label: '高级技师岗位技能提升培训人数',
          hint: '已是高级技师、参加岗位技能提升培训的人数',
          initial: '',
        },
      ]}
      compute={trainingSubsidy}
      render={(v) => (
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
          <NotSaid items={v.notSaid} />
        </>
      )}
    />
  );
}
