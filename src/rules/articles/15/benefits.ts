/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第十五条 畅通高技能人才成长发展通道 — 技工院校毕业生待遇与创业扶持.
 *
 * The article's words, with the figures they state: parameters.ts (each parameter's `quote`).
 */
import { startupLoanCeiling, startupProjectSupportMax, startupSubsidy } from './parameters';
import { ASK_OFFICIALS } from '../../worked';
import type { BenefitDeclaration } from '../../benefit';
import type { WorkedStep } from '../../worked';
import { educationLabels } from '../../profile-fields';
import { startupSupports } from './rules';
import { academicEquivalenceConditions, academicEquivalent, startingBusiness, technicalGraduate } from './rules';

/**
 * What 第十五条 leaves unsaid; the graduate-support calculator shows it (from the registry's `props`, in the page's
 * HTML).
 */
export const GRADUATE_NOT_SAID: readonly string[] = [
  '“相关待遇”具体包括哪些（如招聘、职称评审、工资待遇等），办法没有列出。',
  // the loan's ceiling and the projects' selection are said beside each support (benefits.ts: STARTUP_DEFERRED), not again here
  '创业扶持“按有关规定享受”：申请条件、审核、贷款贴息和项目评选办法在其他规定中，办法没有写。',
  `以上${ASK_OFFICIALS}。`,
];

const BY_RULES = '“按有关规定享受”：申请条件和审核在有关规定中，办法没有写。';

/**
 * Why each startup support stays 还需确认 when its conditions hold (its `deferred`; the graduate-support calculator has
 * them in the page's HTML, from the registry's `props`).
 */
export const STARTUP_DEFERRED = {
  'startup-subsidy': BY_RULES,
  // the first sentence names what is particular (src/lib/tu-picture.ts prints only it); the shared one follows
  'startup-guaranteed-loan': `“按有关规定享受”的贷款是最高额度，不是一定能贷到的金额。${BY_RULES}`,
  'startup-project-support': `“按有关规定享受”的扶持补助针对经评选的大众创业优秀项目，评选条件办法没有写。${BY_RULES}`,
} as const;

// ——— what 第十五条 grants ———

function startupBenefit(index: 0 | 1 | 2) {
  const s = startupSupports()[index];
  const base = {
    articles: [15],
    // the article's words: 创业 is not written as a condition (the startingBusiness condition is a reading)
    audience: { types: ['person'], who: '技工院校高级工班、预备技师（技师）班毕业生' },
    notSaid: GRADUATE_NOT_SAID,
  } as const;
  const granted = (): { reason: string; amountYuan?: number; amountText: string; arithmetic: WorkedStep[] } =>
    s === undefined
      ? { reason: '', amountText: '', arithmetic: [] }
      : {
          reason: `技工院校高级工班、预备技师（技师）班毕业生“按有关规定享受促进就业创业政策”：${s.label}（${s.amountText}）。`,
          ...(s.kind === 'money' && s.minYuan === null ? { amountYuan: s.maxYuan } : {}),
          amountText: s.amountText,
          arithmetic: [{ text: `${s.label}：${s.amountText}`, parameters: s.parameters }],
        };
  return {
    base,
    granted,
    change: () => (s === undefined ? undefined : `创业时，可按有关规定申请${s.label}（${s.amountText}）。`),
  };
}

const subsidy = startupBenefit(0);
const loan = startupBenefit(1);
const project = startupBenefit(2);

export const art15Benefits = [
  {
    id: 'academic-equivalence',
    title: '技工院校毕业生参照大专、本科学历享受相关待遇',
    articles: [15],
    audience: { types: ['person'], who: '技工院校高级工班、预备技师（技师）班毕业生' },
    kind: 'treatment',
    amount: null,
    quote: '技工院校高级工班、预备技师（技师）班毕业生分别参照大专、本科学历享受相关待遇',
    notSaid: GRADUATE_NOT_SAID,
    conditions: academicEquivalenceConditions,
    granted: (p) => {
      const named = academicEquivalent(p.education);
      if (named === undefined || p.education === undefined) return {};
      return {
        reason: `${educationLabels[p.education]}参照${named.equivalent}学历享受相关待遇（“相关待遇”的内容办法没有列出）。`,
      };
    },
  },
  {
    id: 'startup-subsidy',
    title: '创业开业一次性补贴',
    ...subsidy.base,
    kind: 'money',
    amount: { type: 'fixed', parameterId: 'startupSubsidy' },
    quote: startupSubsidy.quote,
    conditions: [technicalGraduate, { ...startingBusiness, change: subsidy.change }],
    deferred: STARTUP_DEFERRED['startup-subsidy'],
    granted: subsidy.granted,
  },
  {
    id: 'startup-guaranteed-loan',
    title: '个人创业担保贷款',
    ...loan.base,
    kind: 'loan-ceiling',
    amount: { type: 'ceiling', parameterId: 'startupLoanCeiling' },
    quote: startupLoanCeiling.quote,
    conditions: [technicalGraduate, { ...startingBusiness, change: loan.change }],
    deferred: STARTUP_DEFERRED['startup-guaranteed-loan'],
    granted: loan.granted,
  },
  {
    id: 'startup-project-support',
    title: '大众创业优秀项目扶持补助',
    ...project.base,
    kind: 'money',
    amount: { type: 'range', minParameterId: 'startupProjectSupportMin', maxParameterId: 'startupProjectSupportMax' },
    quote: startupProjectSupportMax.quote,
    conditions: [technicalGraduate, { ...startingBusiness, change: project.change }],
    deferred: STARTUP_DEFERRED['startup-project-support'],
    granted: project.granted,
  },
  {
    id: 'cross-track-titles',
    title: '职称与职业技能等级互通申报',
    articles: [15],
    audience: { types: ['person'], who: '在岗的技能人员和专业技术人员' },
    kind: 'right-to-apply',
    amount: null,
    quote:
      '在岗的技能人员和专业技术人员根据自身情况和工作性质，可自愿申报相应系列（专业）和相应级别的专业技术职称、技能人员职业资格或职业技能等级。互通申报不受单位岗位结构比例限制',
    notSaid: ['互通申报的具体条件和程序，办法没有写。', `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`],
    conditions: [
      {
        text: '在岗的技能人员或专业技术人员',
        reads: ['employed'],
        words: '在岗的技能人员和专业技术人员',
        holds: (p) => p.employed,
      },
    ],
    granted: () => ({
      reason: '在岗的技能人员和专业技术人员可自愿申报相应的专业技术职称或职业技能等级，不受单位岗位结构比例限制。',
    }),
  },
] as const satisfies readonly BenefitDeclaration[];
