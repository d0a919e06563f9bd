/**
 * 第十六条 积极推动高技能人才引进交流 — 职称直通与事业单位招聘绿色通道.
 *
 * “‘中华技能大奖’、世赛金牌获得者，可直接申报相应系列正高级职称；‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者、
 * 世赛获奖者，可直接申报相应系列副高级职称。将世赛获奖者、国赛金牌获得者纳入事业单位招聘‘绿色通道’，适用人才编制政策，
 * 按规定办理入编入岗手续。”
 */
import { optionalChoiceListField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { ASK_OFFICIALS } from '../../worked';
import { judge, type BenefitStatus } from '../../verdict';
import {
  HONOURS,
  QUOTE_ASSOCIATE_SENIOR,
  QUOTE_FULL_SENIOR,
  QUOTE_GREEN_CHANNEL,
  WORLDSKILLS_EXCELLENCE_NOTE,
  held,
  honourLabels,
  titleConditions,
  titleRoutes,
  type Honour,
} from './conditions';

/** yes, no, or unclear (only a 世赛优胜奖 could count). */
type Answer = 'yes' | 'no' | 'unclear';

/** What the calculator finds. */
export interface TitleDirectApplicationResult {
  honours: Honour[];
  /** The highest level one may apply for directly. */
  level: 'full-senior' | 'associate-senior' | 'none';
  /** 可直接申报正高级职称 */
  fullSenior: Answer;
  /** 可直接申报副高级职称; unclear when only a 世赛优胜奖 could count */
  associateSenior: Answer;
  /** 事业单位招聘“绿色通道”; unclear when only a 世赛优胜奖 could count */
  greenChannel: Answer;
  /** The honours held that open each route. */
  fullSeniorHonours: Honour[];
  associateSeniorHonours: Honour[];
  greenChannelHonours: Honour[];
  reasons: { text: string; quote: string }[];
  article: 16;
  notSaid: string[];
}

export const TitleDirectApplicationInputFields = {
  /** Honours held, as a list or a comma-separated string; empty or missing = none. */
  honours: optionalChoiceListField('获得的荣誉或竞赛名次', HONOURS),
};
export type TitleDirectApplicationInput = FieldsOutput<typeof TitleDirectApplicationInputFields>;

export const TITLES_NOT_SAID: readonly string[] = [
  '办法没有写直接申报的程序、评审要求和时间。',
  '“相应系列”，本站理解：指与本人所从事职业（工种）相对应的职称系列；办法没有界定，以职称评审主管部门的规定为准。',
  '办法写的是“国赛金牌”，没有列出哪些赛事算国赛。',
  `以上${ASK_OFFICIALS}。`,
];

/** A verdict as the calculator words it: 可以 / 需向主管部门确认 / 不适用. */
const ANSWERS = { eligible: 'yes', 'needs-confirmation': 'unclear', 'not-eligible': 'no' } as const satisfies Record<
  BenefitStatus,
  string
>;

/** 中华技能大奖、世界技能大赛金牌 */
export { HONOURS, honourLabels, type Honour };

export function honourList(list: readonly Honour[]): string {
  return list.map((h) => honourLabels[h]).join('、');
}

/** 第十六条：荣誉 → 可直接申报正高级 / 副高级职称，事业单位招聘“绿色通道”. */
export function titleDirectApplication(input: unknown): Outcome<TitleDirectApplicationResult> {
  const parsed = parseFields(TitleDirectApplicationInputFields, input);
  if (!parsed.ok) return parsed;
  const honours = parsed.value.honours ?? [];
  // the verdicts are the declarations' (conditions.ts, used by benefits.ts), judged as the checker judges them;
  // benefits.ts declares no `deferred` for these three routes
  const answer = (id: keyof typeof titleConditions) =>
    ANSWERS[judge(titleConditions[id], undefined, { honours }).status];
  const fullSenior = answer('full-senior-title-direct');
  const associateSenior = answer('associate-senior-title-direct');
  const greenChannel = answer('public-institution-green-channel');
  const full = held({ honours }, titleRoutes.fullSenior);
  const associate = held({ honours }, titleRoutes.associateSenior);
  const green = held({ honours }, titleRoutes.greenChannel);
  const excellence = honours.includes('worldskills-excellence');
  const reasons: TitleDirectApplicationResult['reasons'] = [];
  if (full.length > 0)
    reasons.push({ text: `${honourList(full)}获得者，可直接申报相应系列正高级职称。`, quote: QUOTE_FULL_SENIOR });
  if (associate.length > 0)
    reasons.push({
      text: `${honourList(associate)}获得者，可直接申报相应系列副高级职称。`,
      quote: QUOTE_ASSOCIATE_SENIOR,
    });
  if (green.length > 0)
    reasons.push({
      text: `${honourList(green)}获得者，纳入事业单位招聘“绿色通道”，适用人才编制政策。`,
      quote: QUOTE_GREEN_CHANNEL,
    });
  if (excellence && associate.length === 0)
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
      fullSeniorHonours: full,
      associateSeniorHonours: associate,
      greenChannelHonours: green,
      reasons,
      article: 16,
      notSaid: [...TITLES_NOT_SAID],
    },
  };
}
