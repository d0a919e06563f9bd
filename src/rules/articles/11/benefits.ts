/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第十一条 院校毕业生职业技能等级认定 — 技师申报时间.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 *
 * How the years are counted: rules.ts.
 */
import { technicianWaitingYears } from './parameters';
import { ASK_OFFICIALS } from '../../worked';
import type { BenefitDeclaration } from '../../benefit';
import { applicationDate, technicianRouteConditions } from './rules';

export { technicianClassStudent, technicianRouteConditions } from './rules';

/**
 * What 第十一条 does not cover, for anyone who is not such a student (the technician-date calculator has it in the page's
 * HTML, from the registry's `props`).
 */
export const TECHNICIAN_ROUTE_NOT_COVERED = `第十一条的“取得高级工证书${technicianWaitingYears.value}年后可申报技师（二级）”只写给技工院校预备技师班、技师班学生。其他人员申报技师的条件，办法没有写；${ASK_OFFICIALS}。`;

/** What the technician-date calculator's result leaves unsaid (from the registry's `props`, in the page's HTML). */
export const TECHNICIAN_DATE_NOT_SAID: readonly string[] = [
  `办法写的是“${technicianWaitingYears.value}年后”，没有写如何计算；这里按民法典计算期间的规定计算。本站理解：期满日逢节假日顺延（民法典第二百零三条）针对的是办事的期限，这里是等待期，本站不作顺延。`,
  '这一安排针对技工院校预备技师班、技师班学生；办法没有写具体的申报程序、鉴定或认定时间安排。',
  `以上${ASK_OFFICIALS}。`,
];

// ——— what 第十一条 grants ———

const ASK = `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`;

export const art11Benefits = [
  {
    id: 'intermediate-evaluation',
    title: '中职毕业生直接参加中级工评价',
    articles: [11],
    audience: { types: ['person'], who: '中等职业学校毕业生' },
    kind: 'evaluation',
    amount: null,
    quote: '中等职业学校毕业生可直接参加中级工评价',
    notSaid: ['评价的组织机构、时间和费用，办法没有写。', ASK],
    conditions: [
      {
        text: '中等职业学校毕业生',
        reads: ['education'],
        words: '中等职业学校毕业生可直接参加中级工评价',
        holds: (p) => (p.education === undefined ? undefined : p.education === 'secondary-vocational-graduate'),
      },
    ],
    granted: () => ({ reason: '中等职业学校毕业生可直接参加中级工评价。' }),
    reaches: 'intermediate',
  },
  {
    id: 'advanced-evaluation',
    title: '高职、本科应用型专业毕业生参加高级工评价',
    articles: [11],
    audience: { types: ['person'], who: '高等职业学校、本科院校应用型专业毕业生' },
    kind: 'evaluation',
    amount: null,
    quote: '高等职业学校、本科院校应用型专业毕业生可参加高级工评价',
    notSaid: ['哪些专业属于“应用型专业”，办法没有列出。', ASK],
    conditions: [
      {
        text: '高等职业学校或本科院校毕业生',
        reads: ['education'],
        words: '高等职业学校、本科院校应用型专业毕业生',
        holds: (p) =>
          p.education === undefined
            ? undefined
            : p.education === 'higher-vocational-graduate' || p.education === 'undergraduate-applied-graduate',
      },
      {
        text: '应用型专业（本站理解：只限定本科院校）',
        reads: ['education'],
        words: '本科院校应用型专业毕业生',
        reading:
          '“高等职业学校、本科院校应用型专业毕业生”可以理解为“应用型专业”只限定本科院校，也可以理解为两类学校都限于应用型专业，办法没有说明。本站按“只限定本科院校”理解，高等职业学校毕业生不问专业；以评价机构和人社部门的认定为准。',
        holds: (p) =>
          p.education === undefined
            ? undefined
            : p.education === 'higher-vocational-graduate' || p.education === 'undergraduate-applied-graduate',
      },
    ],
    granted: () => ({ reason: '高等职业学校、本科院校应用型专业毕业生可参加高级工评价。' }),
    reaches: 'advanced',
  },
  {
    id: 'technician-evaluation',
    title: '技工院校预备技师班、技师班学生申报技师（二级）',
    articles: [11],
    audience: { types: ['person'], who: '技工院校预备技师班、技师班学生' },
    kind: 'evaluation',
    amount: null,
    quote: `技工院校预备技师班、技师班学生，${technicianWaitingYears.quote}，可申报参加相关职业技师（二级）职业技能鉴定或职业技能等级认定`,
    notSaid: [`办法写的是“${technicianWaitingYears.value}年后”，没有写如何计算；本站按民法典计算期间的规定计算。`, ASK],
    conditions: technicianRouteConditions,
    granted: (p) => {
      const d = applicationDate(p);
      if (d === undefined) return {};
      return {
        reason: `取得高级工证书已满${technicianWaitingYears.value}年，${d.earliestApplicationDateText}起可申报技师（二级）。`,
        arithmetic: d.steps,
      };
    },
  },
] as const satisfies readonly BenefitDeclaration[];
