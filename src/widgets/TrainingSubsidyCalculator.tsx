/** 技师项目培训补贴计算 (第六条): counts of 新培养技师 / 新培养高级技师 / 高级技师岗位技能提升培训 → total and breakdown. */
import { CountsCalculator } from './CountsCalculator';
import { trainingSubsidy } from './rules-adapter';

export default function TrainingSubsidyCalculator(props: { articleLabel: string }) {
  return (
    <CountsCalculator
      id="training-subsidy"
      article={6}
      articleLabel={props.articleLabel}
      unit="人"
      fields={[
        { key: 'technicians', label: '新培养技师人数' },
        { key: 'seniorTechnicians', label: '新培养高级技师人数' },
        { key: 'upgradeTrainees', label: '高级技师岗位技能提升培训人数', hint: '已是高级技师、参加岗位技能提升培训的人数' },
      ]}
      compute={trainingSubsidy}
      totalLabel="技师项目培训补贴合计"
      caption="技师项目培训补贴明细"
    />
  );
}
