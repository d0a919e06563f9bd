/**
 * 职称直通申报查询 (第十六条): the honours a person holds → which title they may apply for directly, and the 绿色通道,
 * each with the verdict and conditions of 第十六条's declarations (src/rules/articles/16/rules.ts; their `deferred`
 * from the registry's `props`), judged for the honours ticked; the row's ✓ ✗ ? is that verdict, in short.
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
import { ConditionList, nested, type Deferrals, type Judged } from './ConditionList';
import { judgeView } from './judge-view';
import { CheckGroup } from './choice-fields';
import { NotSaid } from './NotSaid';

const CHOICES = HONOURS.map((h) => ({ value: h, label: honourLabels[h] }));
const STATUS = {
  eligible: ['ok', '✓ 可以'],
  'not-eligible': ['bad', '✗ 不适用'],
  'needs-confirmation': ['warn', '? 需向主管部门确认'],
} as const;

/** The three routes, in the order of 第十六条's declarations, as the rows name them. */
const ROUTES = [
  ['full-senior-title-direct', '直接申报相应系列正高级职称'],
  ['associate-senior-title-direct', '直接申报相应系列副高级职称'],
  ['public-institution-green-channel', '事业单位招聘“绿色通道”、人才编制政策'],
] as const;

/** Each route judged for the honours ticked. */
export const titleJudged = (honours: Honour[], deferred: Deferrals): Judged[] =>
  ROUTES.map(([id]) =>
    judgeView({ conditions: titleConditions[id], deferred: deferred[id] }, { honours }, ['honours']),
  );

function Result({
  v,
  honours,
  articleLabel,
  deferred,
  notSaid,
}: Props & {
  v: TitleDirectApplicationResult;
  honours: Honour[];
}) {
  const judged = titleJudged(honours, deferred);
  return (
    <>
      <ul class="calc-lines" data-testid="total">
        {ROUTES.map(([, what], i) => {
          const j = judged[i] as Judged;
          const [tone, words] = STATUS[j.verdict.status];
          return (
            <li key={what}>
              {what}：<span class={`calc-status ${tone}`}>{words}</span>
              <ConditionList judged={[j]} articleLabel={articleLabel} />
            </li>
          );
        })}
      </ul>
      <ul class="calc-lines calc-formula">
        {v.reasons.map((r) => (
          <li key={r.text}>
            {r.text}（第十六条：“{nested(r.quote)}”）
          </li>
        ))}
      </ul>
      <NotSaid items={notSaid} />
    </>
  );
}

type Props = {
  articleLabel: string;
  deferred: Deferrals;
  /** What 第十六条 leaves unsaid (TITLES_NOT_SAID, in the page's HTML). */
  notSaid: readonly string[];
};

export default class TitleDirectCalculator extends Component<Props, { honours: Honour[] }> {
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
        result={result.ok && honours.length > 0 ? <Result v={result.value} honours={honours} {...props} /> : undefined}
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
