/** 技能大师工作室奖补计算 (第八条): how many studios were newly recognised at city level → the grant. */
import { CountsCalculator } from './CountsCalculator';
import { masterStudioGrant } from './rules-adapter';

export default function MasterStudioCalculator(props: { articleLabel: string }) {
  return (
    <CountsCalculator
      id="master-studio"
      article={8}
      articleLabel={props.articleLabel}
      unit="个"
      fields={[{ key: 'studios', label: '新认定的市级技能大师工作室数量', hint: '面向龙头企业、职技院校和公共实训基地', initial: '1' }]}
      compute={masterStudioGrant}
      totalLabel="市财政奖补资金合计"
      caption="技能大师工作室奖补明细"
    />
  );
}
