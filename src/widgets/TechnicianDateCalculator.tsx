/**
 * 技师申报时间计算 (第十一条): first whether the reader is a 技工院校预备技师班、技师班学生 (the condition the article
 * declares: the 2-year route is theirs alone); only then the date the 高级工（三级）certificate was obtained → the first day
 * one may apply for 技师（二级）. Anyone else is told what 第十一条 does and does not cover. "Today" is the visitor's own
 * local date, read in the browser and passed to the rules module.
 */
import { Component } from 'preact';
import { technicianApplicationDate, type TechnicianApplicationDateResult } from '../rules';
import { technicianClassStudent, technicianRouteConditions } from '../rules';
import { ChoiceGroup } from './choice-fields';
import { ConditionList, type Deferrals, type Judged } from './ConditionList';
import { judgeView } from './judge-view';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { TextField } from './text-field';
import { NotSaid } from './NotSaid';
import { WorkedSteps } from './WorkedSteps';
import { localToday } from './dates';
import { fieldsOf, initialFields, type FieldsState } from './fields-state';

const LABEL = '取得高级工（三级）证书的日期';

/**
 * 第十一条's route judged for the reader's answers: a student of the class, with this certificate date, today (no
 * result: not a student — then only that condition is shown; it is the route's first, and a stated one, so its ✗ is
 * the route's 暂不符合).
 */
export function technicianJudged(v: TechnicianApplicationDateResult | undefined, deferred: Deferrals): Judged {
  const route = { deferred: deferred['technician-evaluation'] };
  return v
    ? judgeView(
        { ...route, conditions: technicianRouteConditions },
        {
          education: 'technical-school-technician-class-student',
          advancedCertificateDate: v.certificateDate,
          asOf: v.today,
        },
      )
    : judgeView({ ...route, conditions: [technicianClassStudent] }, { education: 'other' });
}

type Props = {
  articleLabel: string;
  deferred: Deferrals;
  /** What 第十一条 does not cover (TECHNICIAN_ROUTE_NOT_COVERED, in the page's HTML). */
  notCovered: string;
  /** What the result leaves unsaid (TECHNICIAN_DATE_NOT_SAID, in the page's HTML). */
  notSaid: readonly string[];
  /** The Civil Code articles the period is counted by (CIVIL_CODE_PERIOD_RULES, in the page's HTML). */
  legalBasis: readonly { source: string; text: string }[];
};

function Result({ v, articleLabel, deferred, notSaid, legalBasis }: Props & { v: TechnicianApplicationDateResult }) {
  return (
    <>
      <p class="calc-total">
        最早可申报技师（二级）：
        <span class="amount" data-testid="total">
          {v.earliestApplicationDateText}
        </span>
      </p>
      <p>
        {v.canApplyNow ? (
          <span class="calc-status ok">✓ 按今天的日期，已经可以申报。</span>
        ) : (
          <span class="calc-status warn">还需等待 {v.daysRemaining} 天。</span>
        )}
      </p>
      <ConditionList judged={[technicianJudged(v, deferred)]} articleLabel={articleLabel} />
      <h4 class="calc-steps-h">计算过程</h4>
      <WorkedSteps steps={v.steps} articleLabel={articleLabel} />
      <ul class="calc-lines note">
        {legalBasis.map((b) => (
          <li key={b.source}>
            {b.source}：“{b.text}”
          </li>
        ))}
      </ul>
      <NotSaid items={notSaid} />
    </>
  );
}

type FormState = FieldsState<'certificateDate'> & { today: string; student: 'yes' | 'no' | undefined };

const STUDENT_CHOICES = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '不是' },
] as const;

export default class TechnicianDateCalculator extends Component<Props, FormState> {
  // today is read once, when the calculator is created
  override state: FormState = { ...initialFields({ certificateDate: '' }), today: localToday(), student: undefined };

  override render() {
    const props = this.props;
    const { today, student } = this.state;
    const f = fieldsOf(this.state, (update) => this.setState(update));
    const asked = (
      <ChoiceGroup
        name="technician-date-student"
        legend={`您是${technicianClassStudent.text}吗？`}
        hint={`${props.articleLabel}的这一安排只写给“${technicianClassStudent.words}”`}
        choices={STUDENT_CHOICES}
        value={student}
        onValue={(v) => this.setState({ student: v })}
      />
    );
    if (student !== 'yes') {
      return (
        <CalculatorShell
          id="technician-date"
          article={11}
          articleLabel={props.articleLabel}
          fields={asked}
          result={
            student === 'no' ? (
              <div class="calc-not-covered">
                <p>{props.notCovered}</p>
                <ConditionList
                  judged={[technicianJudged(undefined, props.deferred)]}
                  articleLabel={props.articleLabel}
                />
              </div>
            ) : undefined
          }
          pending={`请先回答上面的问题：${props.articleLabel}的申报时间只适用于${technicianClassStudent.text}。`}
        />
      );
    }
    const result = technicianApplicationDate({ certificateDate: f.values.certificateDate, today });
    const error = result.ok ? undefined : result.errors['certificateDate'];
    return (
      <CalculatorShell
        id="technician-date"
        article={11}
        articleLabel={props.articleLabel}
        fields={
          <>
            {asked}
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
          </>
        }
        result={result.ok ? <Result v={result.value} {...props} /> : undefined}
        pending={pendingMessage(error && f.showError('certificateDate') ? [LABEL] : [])}
      />
    );
  }
}
