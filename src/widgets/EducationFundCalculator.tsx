/**
 * 职工教育经费税前扣除计算 (第五条): wages, this year's spending, spending on 一线职工 and the amount carried over →
 * deductible this year (≤ 8% of wages), carried forward, and whether ≥ 60% went to 一线职工. Money in fen, shown in
 * yuan with two decimals.
 */
import { formatFen } from '../rules/format';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { TextField } from './fields';
import { educationFundDeduction, type EducationFundKey, type EducationFundValue } from './rules-adapter';
import { useFields } from './use-fields';

const FIELDS: readonly { key: EducationFundKey; label: string; hint: string }[] = [
  { key: 'wages', label: '本年工资薪金总额', hint: '可以写 1200000、1,200,000 或 120万' },
  { key: 'spending', label: '本年职工教育经费支出', hint: '本年实际发生的职工教育经费' },
  { key: 'frontlineSpending', label: '其中用于一线职工培训的支出', hint: '包含在上一项之内' },
  { key: 'carriedOver', label: '以前年度结转、尚未扣除的金额', hint: '没有就填 0' },
];

function Result({ v }: { v: EducationFundValue }) {
  return (
    <>
      <p class="calc-total">
        本年可税前扣除：<span class="amount" data-testid="total">{formatFen(v.deductibleFen)}</span>
      </p>
      <div class="table-wrap">
        <table class="calc-breakdown">
          <caption class="visually-hidden">职工教育经费税前扣除的计算过程</caption>
          <tbody>
            <tr>
              <th scope="row">扣除限额</th>
              <td class="num calc-formula">
                {formatFen(v.wagesFen)} × {v.rate}%
              </td>
              <td class="num">{formatFen(v.limitFen)}</td>
            </tr>
            <tr>
              <th scope="row">本年支出 + 以前年度结转</th>
              <td class="num calc-formula">
                {formatFen(v.spendingFen)} + {formatFen(v.carriedOverFen)}
              </td>
              <td class="num">{formatFen(v.availableFen)}</td>
            </tr>
            <tr>
              <th scope="row">本年可税前扣除</th>
              <td class="num calc-formula">取两者中较小的</td>
              <td class="num">{formatFen(v.deductibleFen)}</td>
            </tr>
            <tr>
              <th scope="row">结转以后年度扣除</th>
              <td class="num calc-formula">超过限额的部分</td>
              <td class="num">{formatFen(v.carryForwardFen)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>
        {v.carryForwardFen > 0
          ? `超过限额的 ${formatFen(v.carryForwardFen)} 准予在以后纳税年度结转扣除（财税〔2018〕51号）。`
          : '本年支出和结转金额都在限额之内，可以全部扣除。'}
      </p>
      <p data-testid="frontline">
        {v.frontlineMet === undefined ? (
          <span class="calc-status">本年没有职工教育经费支出，无法计算一线职工培训的比例。</span>
        ) : (
          <>
            用于一线职工培训：{formatFen(v.frontlineFen)}，占本年支出的 {v.frontlinePercent}%。{' '}
            <span class={v.frontlineMet ? 'calc-status ok' : 'calc-status bad'}>
              {v.frontlineMet ? `✓ 达到第五条要求的 ${v.frontlineShareMin}% 以上。` : `✗ 未达到第五条要求的 ${v.frontlineShareMin}% 以上。`}
            </span>
          </>
        )}
      </p>
    </>
  );
}

export default function EducationFundCalculator(props: { articleLabel: string }) {
  const f = useFields<EducationFundKey>({ wages: '', spending: '', frontlineSpending: '', carriedOver: '0' });
  const result = educationFundDeduction(f.values);
  const errors: Partial<Record<EducationFundKey, string>> = result.ok ? {} : result.errors;
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
      result={result.ok ? <Result v={result.value} /> : undefined}
      pending={pendingMessage(FIELDS.filter((d) => errors[d.key] && f.showError(d.key)).map((d) => d.label))}
    />
  );
}
