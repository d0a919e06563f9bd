/**
 * 职工教育经费税前扣除计算 (第五条): wages, this year's spending, spending on 一线职工 and the amount carried over →
 * deductible this year (≤ 8% of wages), carried forward, and whether ≥ 60% went to 一线职工. The rules module works
 * in fen and formats yuan with two decimals. The conditions are 第五条's declaration (src/rules/articles/05/benefits.ts): the calculator
 * does not ask what kind of organisation the reader is, so that condition stays “?” with the enterprise-income-tax note,
 * and the verdict 还需确认: judged once when the page is built (the registry's `props`: judgeView over the declaration),
 * it comes in the page's HTML, not in this code.
 */
import { educationFundDeduction, type EducationFundDeductionResult } from '../rules';
import { Component } from 'preact';
import { formatParameter } from '../rules';
import { educationFundDeductionRate, frontlineTrainingShare } from '../rules';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { ConditionList, type Judged } from './ConditionList';
import { TextField } from './text-field';
import { NotSaid } from './NotSaid';
import { WorkedSteps } from './WorkedSteps';
import { fieldsOf, initialFields, type FieldsState } from './fields-state';

type Key = 'wages' | 'spending' | 'frontlineSpending' | 'carriedOver';
const FIELDS: readonly { key: Key; label: string; hint: string }[] = [
  { key: 'wages', label: '本年工资薪金总额', hint: '可以写 1200000、1,200,000 或 120万' },
  { key: 'spending', label: '本年职工教育经费支出', hint: '本年实际发生的职工教育经费' },
  { key: 'frontlineSpending', label: '其中用于一线职工培训的支出', hint: '包含在上一项之内；没有可留空' },
  { key: 'carriedOver', label: '以前年度结转、尚未扣除的金额', hint: '没有可留空' },
];

const RATE = formatParameter(educationFundDeductionRate);
const SHARE = formatParameter(frontlineTrainingShare);

/** `judged` and `notSaid` (EDUCATION_FUND_NOT_SAID) come in the page's HTML (the registry's `props`). */
type Props = { articleLabel: string; judged: Judged; notSaid: readonly string[] };

function Result({ v, articleLabel, judged, notSaid }: Props & { v: EducationFundDeductionResult }) {
  return (
    <>
      <p class="calc-total">
        本年可税前扣除：
        <span class="amount" data-testid="total">
          {v.formatted.deductible}
        </span>
      </p>
      <div class="table-wrap">
        <table class="calc-breakdown">
          <caption class="visually-hidden">职工教育经费税前扣除结果</caption>
          <tbody>
            <tr>
              <th scope="row">扣除限额（工资薪金总额 × {RATE}）</th>
              <td class="num">{v.formatted.limit}</td>
            </tr>
            <tr>
              <th scope="row">本年可税前扣除</th>
              <td class="num">{v.formatted.deductible}</td>
            </tr>
            <tr>
              <th scope="row">结转以后年度扣除</th>
              <td class="num">{v.formatted.carriedForward}</td>
            </tr>
            <tr>
              <th scope="row">一线职工培训占比</th>
              <td class="num">{v.formatted.frontlineShare}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <ConditionList judged={[judged]} label="税前扣除" articleLabel={articleLabel} />
      {/* 60%以上 is how the fund is to be used, not a condition of the deduction (notSaid): worded, not marked ✓ ✗,
          so the marks on screen are the conditions counted in “满足 X/Y 项条件” */}
      <p data-testid="frontline">
        {v.frontlineShareMet === null ? (
          <span class="calc-status">本年没有职工教育经费支出，不计算一线职工培训占比。</span>
        ) : (
          <span class={v.frontlineShareMet ? 'calc-status ok' : 'calc-status bad'}>
            {`一线职工培训占比 ${v.formatted.frontlineShare}，${v.frontlineShareMet ? '达到' : '未达到'}第五条“${SHARE}以上”的要求。`}
          </span>
        )}
      </p>
      <h4 class="calc-steps-h">计算过程</h4>
      <WorkedSteps steps={v.steps} articleLabel={articleLabel} />
      <NotSaid items={notSaid} />
    </>
  );
}

export default class EducationFundCalculator extends Component<Props, FieldsState<Key>> {
  override state: FieldsState<Key> = initialFields<Key>({
    wages: '',
    spending: '',
    frontlineSpending: '',
    carriedOver: '',
  });

  override render() {
    const props = this.props;
    const f = fieldsOf(this.state, (update) => this.setState(update));
    const result = educationFundDeduction(f.values);
    const errors: Record<string, string> = result.ok ? {} : result.errors;
    return (
      <CalculatorShell
        id="education-fund"
        article={5}
        articleLabel={props.articleLabel}
        fields={FIELDS.map((d) => (
          <TextField
            key={d.key}
            id={`education-fund-${d.key}`}
            label={d.label}
            hint={d.hint}
            unit="元"
            inputMode="decimal"
            value={f.values[d.key]}
            onValue={(v) => f.set(d.key, v)}
            onBlur={() => f.touch(d.key)}
            error={errors[d.key]}
            showError={f.showError(d.key)}
          />
        ))}
        result={result.ok ? <Result v={result.value} {...props} /> : undefined}
        pending={pendingMessage(
          FIELDS.filter((d) => errors[d.key] !== undefined && f.showError(d.key)).map((d) => d.label),
          errors['_form'],
        )}
      />
    );
  }
}
