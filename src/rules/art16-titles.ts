/**
 * 第十六条 积极推动高技能人才引进交流 — 职称直通与事业单位招聘绿色通道.
 *
 * “‘中华技能大奖’、世赛金牌获得者，可直接申报相应系列正高级职称；‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者、
 * 世赛获奖者，可直接申报相应系列副高级职称。将世赛获奖者、国赛金牌获得者纳入事业单位招聘‘绿色通道’，适用人才编制政策，
 * 按规定办理入编入岗手续。”
 */
import { optionalChoiceListField, parseFields, type FieldsOutput, type Outcome } from './parse';
import type { TitleDirectApplicationResult } from './schemas';
import { ASK_OFFICIALS } from './worked';
import type { BenefitDeclaration, Condition } from './benefit';

/** The result types live with their zod schemas in schemas.ts. */
export type { TitleDirectApplicationResult } from './schemas';

/** Honours and competition results a person may hold (stable ids). */
export const HONOURS = [
  'china-skills-award',
  'worldskills-gold',
  'worldskills-silver',
  'worldskills-bronze',
  'worldskills-excellence',
  'national-gold',
  'national-other',
  'zhongyuan-skills-award',
  'zhongyuan-skills-master',
  'zhongyuan-craftsman',
  'xuchang-skills-award',
  'xuchang-technical-expert',
  'xuchang-craftsman',
] as const;
export type Honour = (typeof HONOURS)[number];

/** Chinese names of the honours. */
export const honourLabels: Record<Honour, string> = {
  'china-skills-award': '中华技能大奖',
  'worldskills-gold': '世界技能大赛金牌',
  'worldskills-silver': '世界技能大赛银牌',
  'worldskills-bronze': '世界技能大赛铜牌',
  'worldskills-excellence': '世界技能大赛优胜奖',
  'national-gold': '全国职业技能大赛（国赛）金牌',
  'national-other': '国赛银牌、铜牌或优胜奖',
  'zhongyuan-skills-award': '中原技能大奖',
  'zhongyuan-skills-master': '中原技能大师',
  'zhongyuan-craftsman': '中原大工匠',
  'xuchang-skills-award': '许昌技能大奖',
  'xuchang-technical-expert': '许昌市技术能手',
  'xuchang-craftsman': '许昌大工匠',
};

/** “可直接申报相应系列正高级职称” */
const FULL_SENIOR: readonly Honour[] = ['china-skills-award', 'worldskills-gold'];
/** 世赛获奖者: gold, silver and bronze medallists certainly; 优胜奖 is handled as unclear. */
const WORLDSKILLS_MEDALLISTS: readonly Honour[] = ['worldskills-gold', 'worldskills-silver', 'worldskills-bronze'];
/** “可直接申报相应系列副高级职称” */
const ASSOCIATE_SENIOR: readonly Honour[] = ['zhongyuan-skills-award', 'zhongyuan-skills-master', 'zhongyuan-craftsman', 'national-gold', ...WORLDSKILLS_MEDALLISTS];
/** 事业单位招聘“绿色通道”: 世赛获奖者、国赛金牌获得者 */
const GREEN_CHANNEL: readonly Honour[] = [...WORLDSKILLS_MEDALLISTS, 'national-gold'];

export const TitleDirectApplicationInputFields = {
  /** Honours held, as a list or a comma-separated string; empty or missing = none. */
  honours: optionalChoiceListField('获得的荣誉或竞赛名次', HONOURS),
};
export type TitleDirectApplicationInput = FieldsOutput<typeof TitleDirectApplicationInputFields>;

export const QUOTE_FULL_SENIOR = '“中华技能大奖”、世赛金牌获得者，可直接申报相应系列正高级职称';
export const QUOTE_ASSOCIATE_SENIOR = '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者，可直接申报相应系列副高级职称';
export const QUOTE_GREEN_CHANNEL = '将世赛获奖者、国赛金牌获得者纳入事业单位招聘“绿色通道”，适用人才编制政策，按规定办理入编入岗手续';
export const WORLDSKILLS_EXCELLENCE_NOTE = '办法写的是“世赛获奖者”，没有写明是否包括优胜奖；持优胜奖的，请向主管部门确认。';

export const TITLES_NOT_SAID: readonly string[] = [
  '办法没有写直接申报的程序、评审要求和时间。',
  '“相应系列”，本站理解：指与本人所从事职业（工种）相对应的职称系列；办法没有界定，以职称评审主管部门的规定为准。',
  '办法写的是“国赛金牌”，没有列出哪些赛事算国赛。',
  `以上${ASK_OFFICIALS}。`,
];

/** 中华技能大奖、世界技能大赛金牌 */
export function honourList(list: readonly Honour[]): string {
  return list.map((h) => honourLabels[h]).join('、');
}

/** 第十六条：荣誉 → 可直接申报正高级 / 副高级职称，事业单位招聘“绿色通道”. */
export function titleDirectApplication(input: unknown): Outcome<TitleDirectApplicationResult> {
  const parsed = parseFields(TitleDirectApplicationInputFields, input);
  if (!parsed.ok) return parsed;
  const honours = parsed.value.honours ?? [];
  const full = honours.filter((h) => FULL_SENIOR.includes(h));
  const associate = honours.filter((h) => ASSOCIATE_SENIOR.includes(h));
  const green = honours.filter((h) => GREEN_CHANNEL.includes(h));
  const excellence = honours.includes('worldskills-excellence');
  const reasons: TitleDirectApplicationResult['reasons'] = [];
  if (full.length > 0) reasons.push({ text: `${honourList(full)}获得者，可直接申报相应系列正高级职称。`, quote: QUOTE_FULL_SENIOR });
  if (associate.length > 0) reasons.push({ text: `${honourList(associate)}获得者，可直接申报相应系列副高级职称。`, quote: QUOTE_ASSOCIATE_SENIOR });
  if (green.length > 0) reasons.push({ text: `${honourList(green)}获得者，纳入事业单位招聘“绿色通道”，适用人才编制政策。`, quote: QUOTE_GREEN_CHANNEL });
  if (excellence && associate.length === 0) reasons.push({ text: WORLDSKILLS_EXCELLENCE_NOTE, quote: QUOTE_ASSOCIATE_SENIOR });
  if (reasons.length === 0) {
    reasons.push({
      text: honours.length === 0 ? '没有第十六条所列的奖项或称号。' : `${honourList(honours)}不在第十六条所列的奖项或称号中。`,
      quote: QUOTE_ASSOCIATE_SENIOR,
    });
  }
  return {
    ok: true,
    value: {
      honours,
      level: full.length > 0 ? 'full-senior' : associate.length > 0 ? 'associate-senior' : 'none',
      fullSenior: full.length > 0 ? 'yes' : 'no',
      associateSenior: associate.length > 0 ? 'yes' : excellence ? 'unclear' : 'no',
      greenChannel: green.length > 0 ? 'yes' : excellence ? 'unclear' : 'no',
      fullSeniorHonours: full,
      associateSeniorHonours: associate,
      greenChannelHonours: green,
      reasons,
      article: 16,
      notSaid: [...TITLES_NOT_SAID],
    },
  };
}

// ——— what 第十六条 grants ———

const ASK = `申请程序、材料和时间，办法没有写；${ASK_OFFICIALS}。`;
const held = (p: { honours?: readonly Honour[] | undefined }, list: readonly Honour[]) => p.honours?.filter((h) => list.includes(h)) ?? [];

/** A list of honours as a condition: holds when one of them is held; undefined until the question is answered. */
function holdsOneOf(text: string, words: string, list: readonly Honour[]): Condition {
  return { text, reads: ['honours'], words, holds: (p) => (p.honours === undefined ? undefined : held(p, list).length > 0) };
}

/**
 * 世赛获奖者: whether a 优胜奖 counts is not said. A person whose only listed honour is a 世赛优胜奖 meets the words as far
 * as the site can tell, and the reading leaves the result in 还需确认.
 */
const excellenceReading = (list: readonly Honour[]): Condition => ({
  text: '所获奖项明确在所列之内（世赛优胜奖是否算“世赛获奖者”，办法没有写）',
  reads: ['honours'],
  words: '世赛获奖者',
  reading: WORLDSKILLS_EXCELLENCE_NOTE,
  holds: (p) => (p.honours === undefined ? undefined : held(p, list).length > 0 || !p.honours.includes('worldskills-excellence')),
});

export const art16Benefits = [
  {
    id: 'full-senior-title-direct',
    title: '直接申报正高级职称',
    articles: [16],
    audience: { types: ['person'], who: '“中华技能大奖”、世赛金牌获得者' },
    kind: 'right-to-apply',
    amount: null,
    quote: QUOTE_FULL_SENIOR,
    notSaid: TITLES_NOT_SAID,
    conditions: [holdsOneOf('获得“中华技能大奖”或世界技能大赛金牌', '“中华技能大奖”、世赛金牌获得者', FULL_SENIOR)],
    granted: (p) => ({ reason: `${honourList(held(p, FULL_SENIOR))}获得者，可直接申报相应系列正高级职称。` }),
  },
  {
    id: 'associate-senior-title-direct',
    title: '直接申报副高级职称',
    articles: [16],
    audience: { types: ['person'], who: '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者' },
    kind: 'right-to-apply',
    amount: null,
    quote: QUOTE_ASSOCIATE_SENIOR,
    notSaid: [WORLDSKILLS_EXCELLENCE_NOTE, ...TITLES_NOT_SAID],
    conditions: [
      holdsOneOf(
        '获得“中原技能大奖”“中原技能大师”“中原大工匠”称号，或国赛金牌，或世界技能大赛奖项',
        '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者',
        [...ASSOCIATE_SENIOR, 'worldskills-excellence'],
      ),
      excellenceReading(ASSOCIATE_SENIOR),
    ],
    granted: (p) => (held(p, ASSOCIATE_SENIOR).length > 0 ? { reason: `${honourList(held(p, ASSOCIATE_SENIOR))}获得者，可直接申报相应系列副高级职称。` } : {}),
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
    conditions: [
      holdsOneOf('获得世界技能大赛奖项或国赛金牌', '将世赛获奖者、国赛金牌获得者纳入事业单位招聘“绿色通道”', [...GREEN_CHANNEL, 'worldskills-excellence']),
      excellenceReading(GREEN_CHANNEL),
    ],
    granted: (p) => (held(p, GREEN_CHANNEL).length > 0 ? { reason: `${honourList(held(p, GREEN_CHANNEL))}获得者，纳入事业单位招聘“绿色通道”，适用人才编制政策。` } : {}),
  },
  {
    id: 'introduced-talent-support',
    title: '新引进高技能人才的支持政策',
    articles: [16],
    audience: { types: ['person'], who: '新引进的高技能人才' },
    kind: 'treatment',
    amount: null,
    quote: '新引进的高技能人才，经评审认定后，可享受相应支持政策',
    notSaid: ['“相应支持政策”的内容、评审认定的条件和程序，办法都没有写（可能见于“许昌英才计划”等其他文件）。', ASK],
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
