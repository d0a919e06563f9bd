/**
 * 第十一条's route for 技工院校预备技师班、技师班学生 (取得高级工证书若干年后可申报技师; the years: parameters.ts): its conditions, in a module of their own so
 * the 技师申报时间 calculator bundles these and not the rest of the article's declarations.
 */
import type { TechnicianApplicationDateResult } from './calculator';
import { technicianWaitingYears } from './parameters';
import type { Condition, StatedCondition } from '../../benefit';
import { levelAtLeast } from '../../skill-levels';
import { technicianApplicationDate } from './calculator';

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
