/**
 * 职称直通申报查询 (第十六条): the honours a person holds → which title they may apply for directly, and the 绿色通道,
 * each with the conditions of 第十六条's declarations (src/rules/articles/16/conditions.ts), judged by the calculator as the checker judges them, marked for the honours ticked.
 */
import { Component } from 'preact';
import {
  HONOURS,
  honourLabels,
  titleDirectApplication,
  type Honour,
  type TitleDirectApplicationResult,
} from '../rules';
import { titleConditions } from '../rules';
import { CalculatorShell } from './CalculatorShell';
import { ConditionList, markConditions, nested } from './ConditionList';
import { CheckGroup } from './choice-fields';
import { NotSaid } from './NotSaid';

const CHOICES = HONOURS.map((h) => ({ value: h, label: honourLabels[h] }));
const STATUS = { yes: ['ok', '✓ 可以'], no: ['bad', '✗ 不适用'], unclear: ['warn', '? 需向主管部门确认'] } as const;

function Result({
  v,
  honours,
  articleLabel,
}: {
  v: TitleDirectApplicationResult;
  honours: Honour[];
  articleLabel: string;
}) {
  const rows = [
    ['直接申报相应系列正高级职称', v.fullSenior, titleConditions['full-senior-title-direct']],
    ['直接申报相应系列副高级职称', v.associateSenior, titleConditions['associate-senior-title-direct']],
    ['事业单位招聘“绿色通道”、人才编制政策', v.greenChannel, titleConditions['public-institution-green-channel']],
  ] as const;
  return (
    <>
      <ul class="calc-lines" data-testid="total">
        {rows.map(([what, answer, conditions]) => (
          <li key={what}>
            {what}：<span class={`calc-status ${STATUS[answer][0]}`}>{STATUS[answer][1]}</span>
            <ConditionList
              conditions={markConditions(conditions, { honours }, ['honours'])}
              articleLabel={articleLabel}
            />
          </li>
        ))}
      </ul>
      <ul class="calc-lines calc-formula">
        {v.reasons.map((r) => (
          <li key={r.text}>
            {r.text}（第十六条：“{nested(r.quote)}”）
          </li>
        ))}
      </ul>
      <NotSaid items={v.notSaid} />
    </>
  );
}

export default class TitleDirectCalculator extends Component<{ articleLabel: string }, { honours: Honour[] }> {
  override state: { honours: Honour[] } = { honours: [] };

  override render() {
    const props = this.props;
    const { honours } = this.state;
    const setHonours = (h: Honour[]) => this.setState({ honours: h });
    const result = titleDirectApplication({ honours });
    return (
      <CalculatorShell
        id="title-direct"
        article={16}
        articleLabel={props.articleLabel}
        fields={
          <CheckGroup
            name="title-direct-honours"
            legend="您获得过哪些奖项或荣誉？（可多选）"
            choices={CHOICES}
            values={honours}
            onValues={setHonours}
          />
        }
        // nothing chosen yet: no answer (not three ✗ 不适用) until the reader has said what they hold
        result={
          result.ok && honours.length > 0 ? (
            <Result v={result.value} honours={honours} articleLabel={props.articleLabel} />
          ) : undefined
        }
        pending={
          result.ok
            ? honours.length > 0
              ? ''
              : '请选择您获得过的奖项或荣誉，这里会显示可以直接申报的职称。'
            : Object.values(result.errors).join('；')
        }
      />
    );
  }
}
