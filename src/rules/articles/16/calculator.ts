/**
 * 第十六条 积极推动高技能人才引进交流 — 职称直通与事业单位招聘绿色通道.
 *
 * “‘中华技能大奖’、世赛金牌获得者，可直接申报相应系列正高级职称；‘中原技能大奖’‘中原技能大师’‘中原大工匠’和国赛金牌获得者、
 * 世赛获奖者，可直接申报相应系列副高级职称。将世赛获奖者、国赛金牌获得者纳入事业单位招聘‘绿色通道’，适用人才编制政策，
 * 按规定办理入编入岗手续。”
 */
import { optionalChoiceListField, parseFields, type FieldsOutput, type Outcome } from '../../parse/index';
import type { TitleDirectApplicationResult } from './result';
import { ASK_OFFICIALS } from '../../worked';

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
export const FULL_SENIOR: readonly Honour[] = ['china-skills-award', 'worldskills-gold'];
/** 世赛获奖者: gold, silver and bronze medallists certainly; 优胜奖 is handled as unclear. */
const WORLDSKILLS_MEDALLISTS: readonly Honour[] = ['worldskills-gold', 'worldskills-silver', 'worldskills-bronze'];
/** “可直接申报相应系列副高级职称” */
export const ASSOCIATE_SENIOR: readonly Honour[] = [
  'zhongyuan-skills-award',
  'zhongyuan-skills-master',
  'zhongyuan-craftsman',
  'national-gold',
  ...WORLDSKILLS_MEDALLISTS,
];
/** 事业单位招聘“绿色通道”: 世赛获奖者、国赛金牌获得者 */
export const GREEN_CHANNEL: readonly Honour[] = [...WORLDSKILLS_MEDALLISTS, 'national-gold'];

export const TitleDirectApplicationInputFields = {
  /** Honours held, as a list or a comma-separated string; empty or missing = none. */
  honours: optionalChoiceListField('获得的荣誉或竞赛名次', HONOURS),
};
export type TitleDirectApplicationInput = FieldsOutput<typeof TitleDirectApplicationInputFields>;

export const QUOTE_FULL_SENIOR = '“中华技能大奖”、世赛金牌获得者，可直接申报相应系列正高级职称';
export const QUOTE_ASSOCIATE_SENIOR =
  '“中原技能大奖”“中原技能大师”“中原大工匠”和国赛金牌获得者、世赛获奖者，可直接申报相应系列副高级职称';
export const QUOTE_GREEN_CHANNEL =
  '将世赛获奖者、国赛金牌获得者纳入事业单位招聘“绿色通道”，适用人才编制政策，按规定办理入编入岗手续';
export const WORLDSKILLS_EXCELLENCE_NOTE =
  '办法写的是“世赛获奖者”，没有写明是否包括优胜奖；持优胜奖的，请向主管部门确认。';

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
