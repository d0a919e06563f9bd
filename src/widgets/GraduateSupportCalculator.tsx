/**
 * 技工院校毕业生待遇与创业扶持 (第十五条): the class one graduated from and whether one starts a business → treatment and
 * support, each with the verdict and conditions of 第十五条's declarations (src/rules/articles/15/rules.ts; their
 * `deferred` from the registry's `props`) judged for these answers.
 */
import { Component } from 'preact';
import {
  GRADUATE_PROGRAMMES,
  academicEquivalenceConditions,
  academicEquivalent,
  graduateTreatment,
  startupConditions,
  type GraduateProgramme,
  type GraduateTreatmentResult,
} from '../rules';
import { CalculatorShell } from './CalculatorShell';
import { ConditionList, type Deferrals, type Judged } from './ConditionList';
import { judgeView } from './judge-view';
import { ChoiceGroup } from './choice-fields';
import { NotSaid } from './NotSaid';

/** A class as the choice names it: 技工院校高级工班, 技工院校预备技师（技师）班, or anything else. */
const programmeLabel = (p: GraduateProgramme) => {
  const named = academicEquivalent(p);
  return named ? `技工院校${named.className}` : '其他学校或班级';
};

/** The three startup supports, in the order of 第十五条's declarations. */
const STARTUP = ['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'] as const;

/** 参照学历 and the three startup supports, each judged for these answers. */
export function graduateJudged(
  v: GraduateTreatmentResult,
  deferred: Deferrals,
): { treatment: Judged; startup: Judged[] } {
  const known = {
    education: v.programme,
    ...(v.startingBusiness === null ? {} : { startingBusiness: v.startingBusiness }),
  };
  const asked = ['education', 'startingBusiness'] as const;
  return {
    treatment: judgeView(
      { conditions: academicEquivalenceConditions, deferred: deferred['academic-equivalence'] },
      known,
      asked,
    ),
    startup: STARTUP.map((id) => judgeView({ conditions: startupConditions, deferred: deferred[id] }, known, asked)),
  };
}

const CLASSES = GRADUATE_PROGRAMMES.map((p) => ({ value: p, label: programmeLabel(p) }));
const STARTING = [
  { value: 'yes', label: '是，准备或已经创业' },
  { value: 'no', label: '否' },
] as const;

type Props = {
  articleLabel: string;
  deferred: Deferrals;
  /** What 第十五条 leaves unsaid (GRADUATE_NOT_SAID, in the page's HTML). */
  notSaid: readonly string[];
};

function Result({ v, articleLabel, deferred, notSaid }: Props & { v: GraduateTreatmentResult }) {
  const c = graduateJudged(v, deferred);
  return (
    <>
      <p class="calc-total" data-testid="total">
        <span class={v.equivalence ? 'calc-status ok' : 'calc-status bad'}>
          {v.equivalence ? '✓ ' : '✗ '}
          {v.equivalenceText}
        </span>
      </p>
      <ConditionList judged={[c.treatment]} label="参照学历待遇" articleLabel={articleLabel} />
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
      <ConditionList judged={c.startup} label="创业扶持" articleLabel={articleLabel} />
      <NotSaid items={notSaid} />
    </>
  );
}

/** The reader's answers; nothing chosen at first. */
type Answers = { programme?: GraduateProgramme; startingBusiness?: 'yes' | 'no' };

export default class GraduateSupportCalculator extends Component<Props, Answers> {
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
              choices={STARTING}
              value={startingBusiness}
              onValue={setStartup}
            />
          </>
        }
        result={result?.ok ? <Result v={result.value} {...props} /> : undefined}
        pending={
          result && !result.ok ? Object.values(result.errors).join('；') : '请选择毕业的班级，结果会立即显示在这里。'
        }
      />
    );
  }
}
