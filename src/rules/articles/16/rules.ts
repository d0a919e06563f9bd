/**
 * 第十六条 积极推动高技能人才引进交流 — 职称直通与事业单位招聘绿色通道.
 *
 * The article’s rules: its conditions (benefits.ts declares its benefits with these same objects) and its
 * calculator’s formula (the input fields, the type of the result, the function). Apart from the declarations, so a
 * calculator page bundles these and not the rest of the article.
 *
 * “‘中华技能大奖’、世赛金牌获得者，可直接申报相应系列正高级职称；‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者、
 * 世赛获奖者，可直接申报相应系列副高级职称。将世赛获奖者、国赛金牌获得者纳入事业单位招聘‘绿色通道’，适用人才编制政策，
 * 按规定办理入编入岗手续。”
 */
import type { Condition } from '../../benefit';
import { HONOURS, honourLabels, type Honour } from './honours';
import { optionalChoiceListField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { judge, type BenefitStatus } from '../../verdict';

// ——— conditions ———

export { HONOURS, honourLabels, type Honour };

/** “可直接申报相应系列正高级职称” */
const FULL_SENIOR: readonly Honour[] = ['china-skills-award', 'worldskills-gold'];
/** 世赛获奖者: gold, silver and bronze medallists certainly; 优胜奖 is handled as unclear. */
const WORLDSKILLS_MEDALLISTS: readonly Honour[] = ['worldskills-gold', 'worldskills-silver', 'worldskills-bronze'];
/** “可直接申报相应系列副高级职称” */
const ASSOCIATE_SENIOR: readonly Honour[] = [
  'zhongyuan-skills-award',
  'zhongyuan-skills-master',
  'zhongyuan-craftsman',
  'national-gold',
  ...WORLDSKILLS_MEDALLISTS,
];
/** 事业单位招聘“绿色通道”: 世赛获奖者、国赛金牌获得者 */
const GREEN_CHANNEL: readonly Honour[] = [...WORLDSKILLS_MEDALLISTS, 'national-gold'];

export const QUOTE_FULL_SENIOR = '“中华技能大奖”、世赛金牌获得者，可直接申报相应系列正高级职称';
export const QUOTE_ASSOCIATE_SENIOR =
  '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者，可直接申报相应系列副高级职称';
export const QUOTE_GREEN_CHANNEL =
  '将世赛获奖者、国赛金牌获得者纳入事业单位招聘“绿色通道”，适用人才编制政策，按规定办理入编入岗手续';
export const WORLDSKILLS_EXCELLENCE_NOTE =
  '办法写的是“世赛获奖者”，没有写明是否包括优胜奖；持优胜奖的，请向主管部门确认。';

/** The honours that open each route (the lists behind the conditions below). */
export const titleRoutes = {
  fullSenior: FULL_SENIOR,
  associateSenior: ASSOCIATE_SENIOR,
  greenChannel: GREEN_CHANNEL,
} as const;

/** The honours of `list` the person holds. */
export const held = (p: { honours?: readonly Honour[] | undefined }, list: readonly Honour[]) =>
  p.honours?.filter((h) => list.includes(h)) ?? [];

/** A list of honours as a condition: holds when one of them is held; undefined until the question is answered. */
function holdsOneOf(text: string, words: string, list: readonly Honour[]): Condition {
  return {
    text,
    reads: ['honours'],
    words,
    holds: (p) => (p.honours === undefined ? undefined : held(p, list).length > 0),
  };
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
  holds: (p) =>
    p.honours === undefined ? undefined : held(p, list).length > 0 || !p.honours.includes('worldskills-excellence'),
});

/** The conditions of each direct route, by benefit id. */
export const titleConditions = {
  'full-senior-title-direct': [
    holdsOneOf('获得“中华技能大奖”或世界技能大赛金牌', '“中华技能大奖”、世赛金牌获得者', FULL_SENIOR),
  ],
  'associate-senior-title-direct': [
    holdsOneOf(
      '获得“中原技能大奖”“中原技能大师”“中原大工匠”称号，或国赛金牌，或世界技能大赛奖项',
      '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者',
      [...ASSOCIATE_SENIOR, 'worldskills-excellence'],
    ),
    excellenceReading(ASSOCIATE_SENIOR),
  ],
  'public-institution-green-channel': [
    holdsOneOf('获得世界技能大赛奖项或国赛金牌', '将世赛获奖者、国赛金牌获得者纳入事业单位招聘“绿色通道”', [
      ...GREEN_CHANNEL,
      'worldskills-excellence',
    ]),
    excellenceReading(GREEN_CHANNEL),
  ],
} as const;

/** 中华技能大奖、世界技能大赛金牌 */
export function honourList(list: readonly Honour[]): string {
  return list.map((h) => honourLabels[h]).join('、');
}

type TitleBenefitId = keyof typeof titleConditions;

/**
 * What each route grants, worded for the honours held that open it (empty while none does): the declarations'
 * `granted` (benefits.ts) and the calculator's lines (below) both say this, so they cannot differ.
 */
export const titleGrants: Record<TitleBenefitId, { honours: readonly Honour[]; grants: string; quote: string }> = {
  'full-senior-title-direct': {
    honours: FULL_SENIOR,
    grants: '可直接申报相应系列正高级职称。',
    quote: QUOTE_FULL_SENIOR,
  },
  'associate-senior-title-direct': {
    honours: ASSOCIATE_SENIOR,
    grants: '可直接申报相应系列副高级职称。',
    quote: QUOTE_ASSOCIATE_SENIOR,
  },
  'public-institution-green-channel': {
    honours: GREEN_CHANNEL,
    grants: '纳入事业单位招聘“绿色通道”，适用人才编制政策。',
    quote: QUOTE_GREEN_CHANNEL,
  },
};

/** “中华技能大奖获得者，可直接申报相应系列正高级职称。”, or undefined when no honour held opens the route. */
export function titleGrantReason(id: TitleBenefitId, p: { honours?: readonly Honour[] | undefined }) {
  const opening = held(p, titleGrants[id].honours);
  return opening.length > 0 ? `${honourList(opening)}获得者，${titleGrants[id].grants}` : undefined;
}

/**
 * Why a route stays 还需确认 even when its conditions hold (a declaration's `deferred`), by benefit id: none, as
 * 第十六条 says “可直接申报” and names the honours. The declarations (benefits.ts) and the calculator's verdicts
 * (the formula below, judge()) read it from here.
 */
export const titleDeferred: Partial<Record<TitleBenefitId, string>> = {};

// ——— formula ———

/** yes, no, or unclear (only a 世赛优胜奖 could count). */
type TitleAnswer = 'yes' | 'no' | 'unclear';

/** What the calculator finds. */
export interface TitleDirectApplicationResult {
  honours: Honour[];
  /** The highest level one may apply for directly. */
  level: 'full-senior' | 'associate-senior' | 'none';
  /** 可直接申报正高级职称 */
  fullSenior: TitleAnswer;
  /** 可直接申报副高级职称; unclear when only a 世赛优胜奖 could count */
  associateSenior: TitleAnswer;
  /** 事业单位招聘“绿色通道”; unclear when only a 世赛优胜奖 could count */
  greenChannel: TitleAnswer;
  /** The honours held that open each route. */
  fullSeniorHonours: Honour[];
  associateSeniorHonours: Honour[];
  greenChannelHonours: Honour[];
  reasons: { text: string; quote: string }[];
  article: 16;
}

export const TitleDirectApplicationInputFields = {
  /** Honours held, as a list or a comma-separated string; empty or missing = none. */
  honours: optionalChoiceListField('获得的荣誉或竞赛名次', HONOURS),
};
export type TitleDirectApplicationInput = FieldsOutput<typeof TitleDirectApplicationInputFields>;

/** A verdict as the calculator words it: 可以 / 需向主管部门确认 / 不适用. */
const ANSWERS = { eligible: 'yes', 'needs-confirmation': 'unclear', 'not-eligible': 'no' } as const satisfies Record<
  BenefitStatus,
  string
>;

const ROUTES = [
  'full-senior-title-direct',
  'associate-senior-title-direct',
  'public-institution-green-channel',
] as const;

/**
 * 第十六条：荣誉 → 可直接申报正高级 / 副高级职称，事业单位招聘“绿色通道”. A view of the three declarations: each verdict
 * is judge() over their conditions and deferral (above, which benefits.ts declares them with), and each line
 * says what a route grants only where that verdict is 可以, in the declaration's own words (titleGrantReason).
 */
export function titleDirectApplication(input: unknown): Outcome<TitleDirectApplicationResult> {
  const parsed = parseFields(TitleDirectApplicationInputFields, input);
  if (!parsed.ok) return parsed;
  const honours = parsed.value.honours ?? [];
  const reasons: TitleDirectApplicationResult['reasons'] = [];
  const [fullSenior, associateSenior, greenChannel] = ROUTES.map((id) => {
    const answer = ANSWERS[judge(titleConditions[id], titleDeferred[id], { honours }).status];
    const text = answer === 'yes' ? titleGrantReason(id, { honours }) : undefined;
    if (text !== undefined) reasons.push({ text, quote: titleGrants[id].quote });
    return answer;
  }) as [TitleAnswer, TitleAnswer, TitleAnswer];
  if (associateSenior === 'unclear' && honours.includes('worldskills-excellence'))
    reasons.push({ text: WORLDSKILLS_EXCELLENCE_NOTE, quote: QUOTE_ASSOCIATE_SENIOR });
  if (reasons.length === 0) {
    reasons.push({
      text:
        honours.length === 0
          ? '没有第十六条所列的奖项或称号。'
          : `${honourList(honours)}不在第十六条所列的奖项或称号中。`,
      quote: QUOTE_ASSOCIATE_SENIOR,
    });
  }
  return {
    ok: true,
    value: {
      honours,
      level: fullSenior === 'yes' ? 'full-senior' : associateSenior === 'yes' ? 'associate-senior' : 'none',
      fullSenior,
      associateSenior,
      greenChannel,
      fullSeniorHonours: held({ honours }, titleRoutes.fullSenior),
      associateSeniorHonours: held({ honours }, titleRoutes.associateSenior),
      greenChannelHonours: held({ honours }, titleRoutes.greenChannel),
      reasons,
      article: 16,
    },
  };
}
