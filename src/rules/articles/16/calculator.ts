/**
 * 第十六条 积极推动高技能人才引进交流 — 职称直通与事业单位招聘绿色通道.
 *
 * “‘中华技能大奖’、世赛金牌获得者，可直接申报相应系列正高级职称；‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者、
 * 世赛获奖者，可直接申报相应系列副高级职称。将世赛获奖者、国赛金牌获得者纳入事业单位招聘‘绿色通道’，适用人才编制政策，
 * 按规定办理入编入岗手续。”
 */
import { optionalChoiceListField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import { judge, type BenefitStatus } from '../../verdict';
import {
  HONOURS,
  QUOTE_ASSOCIATE_SENIOR,
  WORLDSKILLS_EXCELLENCE_NOTE,
  held,
  honourLabels,
  honourList,
  titleConditions,
  titleDeferred,
  titleGrantReason,
  titleGrants,
  titleRoutes,
  type Honour,
} from './conditions';

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

/** 中华技能大奖、世界技能大赛金牌 */
export { HONOURS, honourLabels, type Honour };

const ROUTES = [
  'full-senior-title-direct',
  'associate-senior-title-direct',
  'public-institution-green-channel',
] as const;

/**
 * 第十六条：荣誉 → 可直接申报正高级 / 副高级职称，事业单位招聘“绿色通道”. A view of the three declarations: each verdict
 * is judge() over their conditions and deferral (conditions.ts, which benefits.ts declares them with), and each line
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
