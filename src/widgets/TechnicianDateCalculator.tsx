/**
 * 技师申报时间计算 (第十一条): the date the 高级工（三级）certificate was obtained → the first day one may apply for
 * 技师（二级）. "Today" is the visitor's own local date, read in the browser and passed to the rules module.
 */
import { Component } from 'preact';
import { technicianApplicationDate, type TechnicianApplicationDateResult } from '../rules/art11-skill-evaluation';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { TextField } from './fields';
import { NotSaid } from './NotSaid';
import { WorkedSteps } from './WorkedSteps';
import { localToday } from './dates';
import { fieldsOf, initialFields, type FieldsState } from './fields-state';

const LABEL = '取得高级工（三级）证书的日期';

function Result({ v, articleLabel }: { v: TechnicianApplicationDateResult; articleLabel: string }) {
  return (
    <>
      <p class="calc-total">
        最早可申报技师（二级）：<span class="amount" data-testid="total">{v.earliestApplicationDateText}</span>
      </p>
      <p>
        {v.canApplyNow ? (
          <span class="calc-status ok">✓ 按今天的日期，已经可以申报。</span>
        ) : (
          <span class="calc-status warn">还需等待 {v.daysRemaining} 天。</span>
        )}
      </p>
      <h4 class="calc-steps-h">计算过程</h4>
      <WorkedSteps steps={v.steps} articleLabel={articleLabel} />
      <ul class="calc-lines note">
        {v.legalBasis.map((b) => (
          <li key={b.source}>
            {b.source}：“{b.text}”
          </li>
        ))}
      </ul>
      <NotSaid items={v.notSaid} />
    </>
  );
}

type FormState = FieldsState<'certificateDate'> & { today: string };

export default class TechnicianDateCalculator extends Component<{ articleLabel: string }, FormState> {
  // today is read once, when the calculator is created
  override state: FormState = { ...initialFields({ certificateDate: '' }), today: localToday() };

  override render() {
    const props = this.props;
    const { today } = this.state;
    const f = fieldsOf(this.state, (update) => this.setState(update));
    const result = technicianApplicationDate({ certificateDate: f.values.certificateDate, today });
    const error = result.ok ? undefined : result.errors['certificateDate'];
    return (
      <CalculatorShell
        id="technician-date"
        article={11}
        articleLabel={props.articleLabel}
        fields={
          <TextField
            id="technician-date-certificateDate"
            label={LABEL}
            hint="例如 2025-03-10 或 2025年3月10日"
            inputMode="text"
            value={f.values.certificateDate}
            onValue={(v) => f.set('certificateDate', v)}
            onBlur={() => f.touch('certificateDate')}
            error={error}
            showError={f.showError('certificateDate')}
          />
        }
        result={result.ok ? <Result v={result.value} articleLabel={props.articleLabel} /> : undefined}
        pending={pendingMessage(error && f.showError('certificateDate') ? [LABEL] : [])}
      />
    );
  }
}
