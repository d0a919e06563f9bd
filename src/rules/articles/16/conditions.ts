/**
 * 第十六条's conditions for the direct title routes and the 绿色通道, in a module of their own so the title-direct
 * calculator bundles these and not the rest of the article's declarations (benefits/art16.ts uses them).
 */
import type { Condition } from '../../benefit';
import { ASSOCIATE_SENIOR, FULL_SENIOR, GREEN_CHANNEL, type Honour, WORLDSKILLS_EXCELLENCE_NOTE } from './calculator';

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
