/**
 * 政策的声明: the shape every article module uses to declare what it grants. A benefit names who it is for, its kind,
 * its amount (parameter ids, never literals), the article's words that grant it, what the measure leaves unsaid, and
 * its conditions. Each condition reads some profile fields and says whether it holds (undefined: not answered yet),
 * and rests either on the article's exact words (`words`, found in the official text by a test) or on the site's
 * reading (`reading`, with the reason). evaluate-profile.ts walks these declarations, and each calculator judges its
 * article's conditions with the same function (verdict.ts); test/rules/calculator-checker.test.ts checks both agree.
 *
 * Types only at run time (no zod): a calculator that imports an article module bundles only what it uses.
 */
import type { Profile, ProfileField } from './profile';
import type { ProfileKind } from './profile-fields';
import type { SkillLevel } from './skill-levels';
import type { BenefitAmount } from './amount-schema';
import type { WorkedStep } from './worked-schema';

/** What a benefit is: money, a loan ceiling, a tax rule, a right to apply… */
export const BENEFIT_KINDS = [
  'money',
  'loan-ceiling',
  'tax-deduction',
  'right-to-apply',
  'evaluation',
  'treatment',
  'recommendation',
  'encouragement',
  'honour',
] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** Chinese names of the kinds, as the site labels them. */
export const benefitKindLabels: Record<BenefitKind, string> = {
  money: '资金补贴或奖励',
  'loan-ceiling': '贷款（最高额度）',
  'tax-deduction': '税收政策',
  'right-to-apply': '可以申报',
  evaluation: '技能评价',
  treatment: '待遇',
  recommendation: '推荐选拔',
  encouragement: '鼓励（不是个人可直接要求的待遇）',
  honour: '评选表彰',
};

interface ConditionBase {
  /** The condition in plain Chinese, as a result lists it (“技工院校预备技师班、技师班学生”). */
  text: string;
  /** The profile fields it reads (the checker asks exactly these). */
  reads: readonly ProfileField[];
  /** true: met; false: not met; undefined: an answer it needs is missing. */
  holds: (p: Profile) => boolean | undefined;
  /** Only for this kind of profile (a benefit declared for persons and organisations). */
  for?: ProfileKind;
  /** When it is not met: what would change the outcome. */
  change?: (p: Profile) => string | undefined;
}

/** A condition the article states: `words` are its exact words (a test finds them in the article). */
export interface StatedCondition extends ConditionBase {
  words: string;
  reading?: undefined;
}

/**
 * The site's reading, with the reason (the article sets no such criterion, or does not exclude others). A reading
 * that does not hold leads to 还需确认, never to 暂不符合. `words` may quote what the reading is about.
 */
export interface ReadingCondition extends ConditionBase {
  reading: string;
  words?: string;
}

export type Condition = StatedCondition | ReadingCondition;

/** What a benefit adds to its result when no stated condition failed: the reason, an amount, the arithmetic. */
export interface Grant {
  reason?: string;
  amountYuan?: number;
  amountText?: string;
  arithmetic?: WorkedStep[];
  whatWouldChange?: string;
  notSaid?: readonly string[];
}

export interface BenefitDeclaration {
  /** Stable id (URLs, the JSON API, tests). */
  id: string;
  title: string;
  articles: readonly number[];
  audience: { types: readonly ProfileKind[]; who: string };
  kind: BenefitKind;
  amount: BenefitAmount | null;
  /** The article's words that grant it (verbatim, in the first article of `articles`). */
  quote: string;
  /** What the measure does not say (who receives, how to apply, deadlines…). */
  notSaid: readonly string[];
  conditions: readonly Condition[];
  /**
   * Why the result stays 还需确认 even when every condition holds: 按有关规定, 经评审认定, 鼓励/引导/支持, a selection,
   * or a payer the article does not name.
   */
  deferred?: string;
  /** Detail for a result whose stated conditions all hold (or are unanswered). */
  granted?: (p: Profile) => Grant;
  /** Fields `granted` reads to compute an amount (not conditions): asked while the benefit is not refused. */
  uses?: readonly ProfileField[];
  /**
   * The skill level the benefit's point is reaching (第十一条: 中职毕业生“直接参加中级工评价”, 高职、本科应用型专业毕业生
   * “参加高级工评价”). For a person who already holds that level or a higher one it is a step already passed: listed
   * apart (evaluate-profile.ts: alreadyHeld), never as a gain.
   */
  reaches?: SkillLevel;
}

/** The conditions that apply to this kind of profile. */
export function conditionsFor(b: BenefitDeclaration, kind: ProfileKind): readonly Condition[] {
  return b.conditions.filter((c) => c.for === undefined || c.for === kind);
}
