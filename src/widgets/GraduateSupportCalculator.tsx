/**
 * 技工院校毕业生待遇与创业扶持 (第十五条): the class one graduated from and whether one starts a business → treatment and
 * support, each with the conditions of 第十五条's declarations (src/rules/articles/15/conditions.ts) marked for these answers.
 */
import { Component } from 'preact';
import {
  GRADUATE_PROGRAMMES,
  STARTUP_DEFERRED,
  academicEquivalenceConditions,
  academicEquivalent,
  graduateTreatment,
  startupConditions,
  type GraduateProgramme,
  type GraduateTreatmentResult,
} from '../rules';
import { CalculatorShell } from './CalculatorShell';
import { ConditionList, markConditions, type ConditionView } from './ConditionList';
import { ChoiceGroup } from './choice-fields';
import { NotSaid } from './NotSaid';

/** A class as the choice names it: 技工院校高级工班, 技工院校预备技师（技师）班, or anything else. */
const programmeLabel = (p: GraduateProgramme) => {
  const named = academicEquivalent(p);
  return named ? `技工院校${named.className}` : '其他学校或班级';
};

function conditions(v: GraduateTreatmentResult): { treatment: ConditionView[]; startup: ConditionView[] } {
  const known = {
    education: v.programme,
    ...(v.startingBusiness === null ? {} : { startingBusiness: v.startingBusiness }),
  };
  const asked = ['education', 'startingBusiness'] as const;
  return {
    treatment: markConditions(academicEquivalenceConditions, known, asked),
    startup: markConditions(startupConditions, known, asked),
  };
}

const CLASSES = GRADUATE_PROGRAMMES.map((p) => ({ value: p, label: programmeLabel(p) }));
const STARTUP = [
  { value: 'yes', label: '是，准备或已经创业' },
  { value: 'no', label: '否' },
] as const;

function Result({ v, articleLabel }: { v: GraduateTreatmentResult; articleLabel: string }) {
  const c = conditions(v);
  return (
    <>
      <p class="calc-total" data-testid="total">
        <span class={v.equivalence ? 'calc-status ok' : 'calc-status bad'}>
          {v.equivalence ? '✓ ' : '✗ '}
          {v.equivalenceText}
        </span>
      </p>
      <ConditionList conditions={c.treatment} label="参照学历待遇" articleLabel={articleLabel} />
      <p>{v.startupText}</p>
      {v.startupSupports.length > 0 && (
        <table class="calc-breakdown">
          <caption class="visually-hidden">创业扶持</caption>
          <tbody>
            {v.startupSupports.map((s) => (
              <tr key={s.benefitId}>
                <th scope="row">
                  {s.label}
                  {s.kind === 'loan-ceiling' && '（贷款额度，不是补贴）'}
                </th>
                <td class="num amount">{s.amountText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConditionList
        conditions={c.startup}
        label="创业扶持"
        deferred={Object.values(STARTUP_DEFERRED)}
        articleLabel={articleLabel}
      />
      <NotSaid items={v.notSaid} />
    </>
  );
}

/** The reader's answers; nothing chosen at first. */
type Answers = { programme?: GraduateProgramme; startingBusiness?: 'yes' | 'no' };

export default class GraduateSupportCalculator extends Component<{ articleLabel: string }, Answers> {
  override state: Answers = {};

  override render() {
    const props = this.props;
    const { programme, startingBusiness } = this.state;
    const setProgramme = (p: GraduateProgramme) => this.setState({ programme: p });
    const setStartup = (answer: 'yes' | 'no') => this.setState({ startingBusiness: answer });
    const result = programme === undefined ? undefined : graduateTreatment({ programme, startingBusiness });
    return (
      <CalculatorShell
        id="graduate-support"
        article={15}
        articleLabel={props.articleLabel}
        fields={
          <>
            <ChoiceGroup
              name="graduate-support-class"
              legend="您从哪个班毕业？"
              choices={CLASSES}
              value={programme}
              onValue={setProgramme}
            />
            <ChoiceGroup
              name="graduate-support-startup"
              legend="是否创业？"
              hint="不确定可以不选"
              choices={STARTUP}
              value={startingBusiness}
              onValue={setStartup}
            />
          </>
        }
        result={result?.ok ? <Result v={result.value} articleLabel={props.articleLabel} /> : undefined}
        pending={
          result && !result.ok ? Object.values(result.errors).join('；') : '请选择毕业的班级，结果会立即显示在这里。'
        }
      />
    );
  }
}
