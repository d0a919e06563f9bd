/**
 * 技师申报时间计算 (第十一条): the date the 高级工（三级）certificate was obtained → the first day one may apply for
 * 技师（二级）. "Today" is the visitor's own local date, read in the browser.
 */
import { useState } from 'preact/hooks';
import { CalculatorShell, pendingMessage } from './CalculatorShell';
import { TextField } from './fields';
import { technicianApplicationDate, type TechnicianDateValue } from './rules-adapter';
import { useFields } from './use-fields';
import { chineseDay, localToday } from './dates';

function Result({ v }: { v: TechnicianDateValue }) {
  return (
    <>
      <p class="calc-total">
        最早可申报技师（二级）：<span class="amount" data-testid="total">{chineseDay(v.earliest)}</span>
      </p>
      <p>
        {v.canApplyNow ? (
          <span class="calc-status ok">✓ 按今天的日期，已经可以申报。</span>
        ) : (
          <span class="calc-status warn">还需等待 {v.daysToGo} 天。</span>
        )}
      </p>
      <ol class="calc-lines">
        <li>取得高级工（三级）证书：{chineseDay(v.certificateDate)}（当天不计入）</li>
        <li>
          满 {v.years} 年的最后一天：{chineseDay(v.periodEnd)}
        </li>
        <li>从第二天起可以申报：{chineseDay(v.earliest)}</li>
      </ol>
      <p class="calc-formula">
        期间按《中华人民共和国民法典》第二百零一条、第二百零二条计算：开始的当日不计入；到期月的对应日为期间的最后一日，没有对应日的，月末日为期间的最后一日。
      </p>
      <p class="note">本条适用于技工院校预备技师班、技师班学生。文件没有写明申报程序和所需材料；请咨询许昌市人力资源和社会保障局或拨打 12333。</p>
    </>
  );
}

export default function TechnicianDateCalculator(props: { articleLabel: string }) {
  const f = useFields<'certificateDate'>({ certificateDate: '' });
  const [today] = useState(localToday);
  const result = technicianApplicationDate({ certificateDate: f.values.certificateDate, today });
  const error = result.ok ? undefined : result.errors.certificateDate;
  return (
    <CalculatorShell
      id="technician-date"
      article={11}
      articleLabel={props.articleLabel}
      fields={
        <TextField
          id="technician-date-certificateDate"
          label="取得高级工（三级）证书的日期"
          hint="例如 2025-03-10 或 2025年3月10日"
          inputMode="text"
          value={f.values.certificateDate}
          onValue={(v) => f.set('certificateDate', v)}
          onBlur={() => f.touch('certificateDate')}
          error={error}
          showError={f.showError('certificateDate')}
        />
      }
      result={result.ok ? <Result v={result.value} /> : undefined}
      pending={pendingMessage(error && f.showError('certificateDate') ? ['取得高级工（三级）证书的日期'] : [])}
    />
  );
}
