/**
 * 第十一条 院校毕业生职业技能等级认定 — 技师申报时间.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects) and its
 * calculator’s formula (the input fields, the type of the result, the function). Apart from the declarations, so a
 * calculator page bundles these and not the rest of the article.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 *
 * The years (parameters.ts: technicianWaitingYears) are counted as the Civil Code counts periods (民法典 第二百零一条、第二百零二条): the day the certificate
 * was obtained is not counted; the period ends on the corresponding day that many years later, or on the last day of
 * that month where there is none (29 February → 28 February); “…年后” is read as from the next day.
 */
import { technicianWaitingYears } from './parameters';
import type { Condition, StatedCondition } from '../../benefit';
import { levelAtLeast } from '../../skill-levels';
import {
  dateField,
  daysInMonth,
  isoDate,
  parseFields,
  type FieldErrors,
  type FieldsOutput,
  type Outcome,
} from '../../parse/index';
import { useParameter, type WorkedStep } from '../../worked';

// ——— conditions ———

/**
 * 技工院校预备技师班、技师班学生: the 2-year route is theirs alone. The 技师申报时间 calculator asks this first.
 */
export const technicianClassStudent = {
  text: '技工院校预备技师班、技师班学生',
  reads: ['education'],
  words: '技工院校预备技师班、技师班学生',
  holds: (p) => (p.education === undefined ? undefined : p.education === 'technical-school-technician-class-student'),
} as const satisfies StatedCondition;

export function applicationDate(p: {
  advancedCertificateDate?: string | undefined;
  asOf?: string | undefined;
}): TechnicianApplicationDateResult | undefined {
  if (p.advancedCertificateDate === undefined || p.asOf === undefined) return undefined;
  const r = technicianApplicationDate({ certificateDate: p.advancedCertificateDate, today: p.asOf });
  return r.ok ? r.value : undefined;
}

/** The conditions of the route, in order: the student, the certificate, the period. */
export const technicianRouteConditions: readonly Condition[] = [
  technicianClassStudent,
  {
    text: '已取得高级工（三级）职业资格证书或职业技能等级证书',
    reads: ['advancedCertificateDate', 'skillLevel'],
    words: '取得高级工（三级）职业资格证书或职业技能等级证书',
    holds: (p) =>
      p.advancedCertificateDate !== undefined
        ? true
        : levelAtLeast(p.skillLevel, 'advanced') === false
          ? false
          : undefined,
    change: () => `取得高级工（三级）证书满${technicianWaitingYears.value}年后，可申报技师（二级）。`,
  },
  {
    text: `取得证书满${technicianWaitingYears.value}年（按民法典计算期间，取证当日不计入，期满次日起可申报）`,
    reads: ['advancedCertificateDate', 'asOf'],
    words: technicianWaitingYears.quote,
    holds: (p) => applicationDate(p)?.canApplyNow,
    change: (p) => {
      const d = applicationDate(p);
      return d && `${d.earliestApplicationDateText}起即可申报。`;
    },
  },
];

// ——— formula ———

/** What the calculator finds; dates are ISO (2024-03-12). */
export interface TechnicianApplicationDateResult {
  certificateDate: string;
  today: string;
  /** The last day of the 2-year period. */
  periodEndDate: string;
  /** The day after the period ends: the earliest day to apply. */
  earliestApplicationDate: string;
  /** “2024年3月12日” */
  earliestApplicationDateText: string;
  /** today ≥ earliest application date */
  canApplyNow: boolean;
  /** Days from today to the earliest application date; 0 when it has come. */
  daysRemaining: number;
  /** Whether the certificate date has no corresponding day two years later (29 February). */
  endedOnMonthEnd: boolean;
  steps: WorkedStep[];
  article: 11;
}

export const TechnicianApplicationDateInputFields = {
  /** 取得高级工（三级）证书的日期 */
  certificateDate: dateField('取得高级工（三级）证书的日期'),
  /** The date to compare with (the caller's today; the rules never read the clock). */
  today: dateField('今天的日期'),
};

export type TechnicianApplicationDateInput = FieldsOutput<typeof TechnicianApplicationDateInputFields>;

/** Across fields: the certificate cannot date from after today. */
export function checkTechnicianApplicationDateInput(v: TechnicianApplicationDateInput): FieldErrors | undefined {
  return v.certificateDate > v.today ? { certificateDate: '取得高级工（三级）证书的日期不能晚于今天' } : undefined;
}

/** The Civil Code articles the period is counted by (the technician-date calculator quotes them: the registry's `props`). */
export const CIVIL_CODE_PERIOD_RULES = [
  {
    source: '《中华人民共和国民法典》第二百零一条',
    text: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
  },
  {
    source: '《中华人民共和国民法典》第二百零二条',
    text: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
  },
] as const;

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): string {
  const date = new Date(n * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "2026-03-12" → "2026年3月12日" */
export function chineseDateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** The period's last day: the same month and day `years` later, or that month's last day where there is none. */
export function periodEnd(startIso: string, years: number): string {
  const [y, m, d] = startIso.split('-').map(Number) as [number, number, number];
  const endYear = y + years;
  return isoDate(endYear, m, Math.min(d, daysInMonth(endYear, m)));
}

/**
 * 第十一条: the day one may apply for 技师（二级）after the waiting years (parameters.ts) —
 * certificate date and today → period end, earliest application date, whether it has come, days remaining.
 */
export function technicianApplicationDate(input: unknown): Outcome<TechnicianApplicationDateResult> {
  const parsed = parseFields(TechnicianApplicationDateInputFields, input, checkTechnicianApplicationDateInput);
  if (!parsed.ok) return parsed;
  const { certificateDate, today } = parsed.value;
  const years = technicianWaitingYears.value;
  const periodEndDate = periodEnd(certificateDate, years);
  const earliestApplicationDate = fromDayNumber(dayNumber(periodEndDate) + 1);
  const remaining = dayNumber(earliestApplicationDate) - dayNumber(today);
  const endedOnMonthEnd = periodEndDate.slice(8) !== certificateDate.slice(8);
  return {
    ok: true,
    value: {
      certificateDate,
      today,
      periodEndDate,
      earliestApplicationDate,
      earliestApplicationDateText: chineseDateText(earliestApplicationDate),
      canApplyNow: remaining <= 0,
      daysRemaining: Math.max(0, remaining),
      endedOnMonthEnd,
      steps: [
        { text: `取得证书之日 ${chineseDateText(certificateDate)} 不计入，期间自次日开始计算`, parameters: [] },
        {
          text: `${years}年期间的最后一日：${chineseDateText(periodEndDate)}${endedOnMonthEnd ? `（${years}年后的该月没有对应日，以月末日为最后一日）` : '（到期月的对应日）'}`,
          parameters: [useParameter(technicianWaitingYears)],
        },
        {
          text: `期满后的第一天 ${chineseDateText(earliestApplicationDate)} 起可申报技师（二级）；${remaining <= 0 ? '今天已经可以申报' : `距今还有 ${remaining} 天`}`,
          parameters: [],
        },
      ],
      article: 11,
    },
  };
}
