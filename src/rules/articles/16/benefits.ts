/**
 * What the article grants: its benefits, declared with the conditions and the formula of rules.ts.
 *
 * 第十六条 积极推动高技能人才引进交流 — 职称直通与事业单位招聘绿色通道.
 *
 * “‘中华技能大奖’、世赛金牌获得者，可直接申报相应系列正高级职称；‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者、
 * 世赛获奖者，可直接申报相应系列副高级职称。将世赛获奖者、国赛金牌获得者纳入事业单位招聘‘绿色通道’，适用人才编制政策，
 * 按规定办理入编入岗手续。”
 */
import { ASK_OFFICIALS } from '../../worked';
import type { BenefitDeclaration } from '../../benefit';
import {
  QUOTE_ASSOCIATE_SENIOR,
  QUOTE_FULL_SENIOR,
  QUOTE_GREEN_CHANNEL,
  WORLDSKILLS_EXCELLENCE_NOTE,
  titleConditions,
  titleDeferred,
  titleGrantReason,
} from './rules';

/** A route's `deferred`, stated once in rules.ts (where the calculator reads it too). */
const deferredOf = (id: keyof typeof titleDeferred) => {
  const deferred = titleDeferred[id];
  return deferred === undefined ? {} : { deferred };
};

/** A route's `granted`: its words for the honours held that open it (rules.ts; the calculator says the same). */
const grantedOf = (id: keyof typeof titleDeferred) => (p: Parameters<typeof titleGrantReason>[1]) => {
  const reason = titleGrantReason(id, p);
  return reason === undefined ? {} : { reason };
};

/** What 第十六条 leaves unsaid; the title-direct calculator shows it (from the registry's `props`, in the page's HTML). */
export const TITLES_NOT_SAID: readonly string[] = [
  '办法没有写直接申报的程序、评审要求和时间。',
  '“相应系列”，本站理解：指与本人所从事职业（工种）相对应的职称系列；办法没有界定，以职称评审主管部门的规定为准。',
  '办法写的是“国赛金牌”，没有列出哪些赛事算国赛。',
  `以上${ASK_OFFICIALS}。`,
];

// ——— what 第十六条 grants ———

const ASK = `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`;
export const art16Benefits = [
  {
    id: 'full-senior-title-direct',
    title: '直接申报相应系列正高级职称',
    articles: [16],
    audience: { types: ['person'], who: '“中华技能大奖”、世赛金牌获得者' },
    kind: 'right-to-apply',
    amount: null,
    quote: QUOTE_FULL_SENIOR,
    notSaid: TITLES_NOT_SAID,
    conditions: titleConditions['full-senior-title-direct'],
    ...deferredOf('full-senior-title-direct'),
    granted: grantedOf('full-senior-title-direct'),
  },
  {
    id: 'associate-senior-title-direct',
    title: '直接申报相应系列副高级职称',
    articles: [16],
    audience: { types: ['person'], who: '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者' },
    kind: 'right-to-apply',
    amount: null,
    quote: QUOTE_ASSOCIATE_SENIOR,
    notSaid: [WORLDSKILLS_EXCELLENCE_NOTE, ...TITLES_NOT_SAID],
    conditions: titleConditions['associate-senior-title-direct'],
    ...deferredOf('associate-senior-title-direct'),
    granted: grantedOf('associate-senior-title-direct'),
  },
  {
    id: 'public-institution-green-channel',
    title: '事业单位招聘“绿色通道”',
    articles: [16],
    audience: { types: ['person'], who: '世赛获奖者、国赛金牌获得者' },
    kind: 'treatment',
    amount: null,
    quote: QUOTE_GREEN_CHANNEL,
    notSaid: [WORLDSKILLS_EXCELLENCE_NOTE, `“绿色通道”的具体做法和“按规定”所指的规定，办法没有写；${ASK_OFFICIALS}。`],
    conditions: titleConditions['public-institution-green-channel'],
    ...deferredOf('public-institution-green-channel'),
    granted: grantedOf('public-institution-green-channel'),
  },
  {
    id: 'introduced-talent-support',
    title: '新引进高技能人才的支持政策',
    articles: [16],
    audience: { types: ['person'], who: '新引进的高技能人才' },
    kind: 'treatment',
    amount: null,
    quote: '新引进的高技能人才，经评审认定后，可享受相应支持政策',
    notSaid: ['“相应支持政策”的内容、评审认定的条件和程序，办法都没有写。', ASK],
    conditions: [
      {
        text: '新引进的高技能人才',
        reads: ['newlyIntroduced'],
        words: '新引进的高技能人才',
        holds: (p) => p.newlyIntroduced,
      },
    ],
    deferred: '新引进的高技能人才“经评审认定后，可享受相应支持政策”；评审认定的条件和支持政策的内容，办法没有写。',
  },
] as const satisfies readonly BenefitDeclaration[];
