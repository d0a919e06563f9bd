/** 技工院校毕业生待遇与创业扶持 (第十五条): the class one graduated from and whether one starts a business → treatment and support. */
import { useState } from 'preact/hooks';
import { formatYuan } from '../rules/format';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { ChoiceGroup, type Choice } from './fields';
import { graduateTreatment, type GraduateClass, type GraduateValue } from './rules-adapter';

const CLASSES: readonly Choice<GraduateClass>[] = [
  { value: 'advanced', label: '技工院校高级工班' },
  { value: 'preparatoryTechnician', label: '技工院校预备技师（技师）班' },
  { value: 'other', label: '其他学校或班级' },
];
const STARTUP: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '是，准备或已经创业' },
  { value: 'no', label: '否' },
];

function Result({ v }: { v: GraduateValue }) {
  return (
    <>
      {v.treatment ? (
        <p class="calc-total" data-testid="total">
          <span class="calc-status ok">✓ 参照{v.treatment}学历享受相关待遇</span>
        </p>
      ) : (
        <p class="calc-total" data-testid="total">
          <span class="calc-status bad">✗ 第十五条的学历待遇只适用于技工院校高级工班、预备技师（技师）班毕业生。</span>
        </p>
      )}
      {v.startup ? (
        <table class="calc-breakdown">
          <caption>创业扶持（按有关规定享受）</caption>
          <tbody>
            <tr>
              <th scope="row">创业开业一次性补贴</th>
              <td class="num amount">{formatYuan(v.startup.subsidy)}</td>
            </tr>
            <tr>
              <th scope="row">个人创业担保贷款</th>
              <td class="num amount">最高 {formatYuan(v.startup.loanCeiling)}</td>
            </tr>
            <tr>
              <th scope="row">大众创业优秀项目扶持补助</th>
              <td class="num amount">
                {formatYuan(v.startup.projectMin)}—{formatYuan(v.startup.projectMax)}
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        v.treatment && <p>如果创业，还可以按有关规定享受创业开业一次性补贴、创业担保贷款和优秀项目扶持补助。</p>
      )}
      {v.treatment && (
        <p class="note">“相关待遇”具体包括哪些，文件没有列明；担保贷款是额度上限，不是补贴。具体办理请咨询许昌市人力资源和社会保障局或拨打 12333。</p>
      )}
    </>
  );
}

export default function GraduateSupportCalculator(props: { articleLabel: string }) {
  const [graduateClass, setClass] = useState<GraduateClass | undefined>(undefined);
  const [startingBusiness, setStartup] = useState<'yes' | 'no' | undefined>(undefined);
  const result = graduateTreatment({ graduateClass: graduateClass ?? '', startingBusiness: startingBusiness ?? '' });
  const missing = [graduateClass ? undefined : '毕业的班级', startingBusiness ? undefined : '是否创业'].filter((x): x is string => x !== undefined);
  return (
    <CalculatorShell
      id="graduate-support"
      article={15}
      articleLabel={props.articleLabel}
      fields={
        <>
          <ChoiceGroup name="graduate-support-class" legend="您从哪个班毕业？" choices={CLASSES} value={graduateClass} onValue={setClass} />
          <ChoiceGroup name="graduate-support-startup" legend="是否创业？" choices={STARTUP} value={startingBusiness} onValue={setStartup} />
        </>
      }
      result={result.ok ? <Result v={result.value} /> : undefined}
      pending={pendingMessage([]).replace('填写', '选择') + (missing.length ? `（还需选择：${missing.join('、')}）` : '')}
    />
  );
}
