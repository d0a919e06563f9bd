/** 职称直通申报查询 (第十六条): the honours a person holds → which title they may apply for directly, and the 绿色通道. */
import { useState } from 'preact/hooks';
import { CalculatorShell } from './CalculatorShell';
import { CheckGroup, type Choice } from './fields';
import { titleDirectApplication, type TitleDirectValue, type TitleHonour } from './rules-adapter';

const HONOURS: readonly Choice<TitleHonour>[] = [
  { value: 'zhonghuaSkillsAward', label: '“中华技能大奖”' },
  { value: 'worldSkillsGold', label: '世界技能大赛（世赛）金牌' },
  { value: 'worldSkillsPrize', label: '世赛其他奖项', note: '银牌、铜牌、优胜奖等' },
  { value: 'nationalGold', label: '全国技能大赛（国赛）金牌' },
  { value: 'zhongyuanSkillsAward', label: '“中原技能大奖”' },
  { value: 'zhongyuanSkillsMaster', label: '“中原技能大师”' },
  { value: 'zhongyuanCraftsman', label: '“中原大工匠”' },
];
const labelOf = (h: TitleHonour) => HONOURS.find((c) => c.value === h)?.label ?? h;
const because = (list: readonly TitleHonour[]) => `（因为：${list.map(labelOf).join('、')}）`;

function Result({ v }: { v: TitleDirectValue }) {
  const nothing = v.fullSenior.length + v.associateSenior.length + v.greenChannel.length === 0;
  if (nothing) {
    return (
      <p class="calc-pending" data-testid="total">
        请在上面勾选您获得的奖项或荣誉。第十六条的职称直通只适用于这些奖项和荣誉的获得者；没有这些奖项，也可以按一般条件申报职称，或通过第十五条的“技能等级与职称互通”申报。
      </p>
    );
  }
  return (
    <ul class="calc-lines" data-testid="total">
      {v.fullSenior.length > 0 && (
        <li>
          <span class="calc-status ok">✓ 可直接申报相应系列正高级职称</span>
          {because(v.fullSenior)}
        </li>
      )}
      {v.associateSenior.length > 0 && (
        <li>
          <span class="calc-status ok">✓ 可直接申报相应系列副高级职称</span>
          {because(v.associateSenior)}
          {v.fullSenior.length > 0 && '；您同时可以直接申报正高级职称'}
        </li>
      )}
      {v.greenChannel.length > 0 && (
        <li>
          <span class="calc-status ok">✓ 纳入事业单位招聘“绿色通道”，适用人才编制政策</span>
          {because(v.greenChannel)}
        </li>
      )}
    </ul>
  );
}

export default function TitleDirectCalculator(props: { articleLabel: string }) {
  const [honours, setHonours] = useState<TitleHonour[]>([]);
  const result = titleDirectApplication({ honours });
  return (
    <CalculatorShell
      id="title-direct"
      article={16}
      articleLabel={props.articleLabel}
      fields={<CheckGroup name="title-direct-honours" legend="您获得过哪些奖项或荣誉？（可多选）" choices={HONOURS} values={honours} onValues={setHonours} />}
      result={result.ok ? <Result v={result.value} /> : undefined}
      pending={result.ok ? '' : (result.errors.honours ?? '')}
    />
  );
}
