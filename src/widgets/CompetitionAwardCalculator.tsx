/** 全市技能大赛奖励计算 (第十三条): how many contestants won each place → total and breakdown. */
import { CountsCalculator } from './CountsCalculator';
import { cityCompetitionAward } from './rules-adapter';

export default function CompetitionAwardCalculator(props: { articleLabel: string }) {
  return (
    <CountsCalculator
      id="competition-award"
      article={13}
      articleLabel={props.articleLabel}
      unit="人"
      fields={[
        { key: 'first', label: '第一名人数' },
        { key: 'second', label: '第二名人数' },
        { key: 'third', label: '第三名人数' },
        { key: 'merit', label: '优胜奖人数' },
      ]}
      compute={cityCompetitionAward}
      totalLabel="全市技能大赛奖励合计"
      caption="全市技能大赛奖励明细"
    />
  );
}
