/**
 * 政策清单: every benefit of the measure, gathered from the article modules that declare them (in article order).
 * The benefit ids, the zod enums, `/api/rules.json` and the checker all come from this one list.
 *
 * Kinds, so each benefit is shown for what it is (benefit.ts): money 补贴、奖励、奖补; loan-ceiling; tax-deduction;
 * right-to-apply; evaluation; treatment; recommendation (selection, not an entitlement); encouragement (鼓励、引导、
 * 支持: not an entitlement); honour (评选表彰).
 */
import { art05Benefits } from './articles/05/benefits';
import { art06Benefits } from './articles/06/benefits';
import { art07Benefits } from './articles/07/benefits';
import { art08Benefits } from './articles/08/benefits';
import { art09Benefits } from './articles/09/benefits';
import { art10Benefits } from './articles/10/benefits';
import { art11Benefits } from './articles/11/benefits';
import { art13Benefits } from './articles/13/benefits';
import { art14Benefits } from './articles/14/benefits';
import { art15Benefits } from './articles/15/benefits';
import { art16Benefits } from './articles/16/benefits';
import { art17Benefits } from './articles/17/benefits';
import { art12Benefits } from './articles/12/benefits';
import { formatParameter } from './format';
import { parameters, type ParameterId } from './parameters';
import type { BenefitDeclaration, Condition } from './benefit';
import type { BenefitAmount } from './amount-schema';

export { BENEFIT_KINDS, benefitKindLabels, type BenefitKind, type BenefitDeclaration, type Condition } from './benefit';

/** Every benefit, as its article declares it, in article order. */
export const benefitDeclarations = [
  ...art05Benefits,
  ...art06Benefits,
  ...art07Benefits,
  ...art08Benefits,
  ...art09Benefits,
  ...art10Benefits,
  ...art11Benefits,
  ...art12Benefits,
  ...art13Benefits,
  ...art14Benefits,
  ...art15Benefits,
  ...art16Benefits,
  ...art17Benefits,
] as const satisfies readonly BenefitDeclaration[];

export type BenefitId = (typeof benefitDeclarations)[number]['id'];

/** The benefit ids (the zod enum of ids is built from this). */
export const BENEFIT_IDS = benefitDeclarations.map((b) => b.id) as unknown as readonly [BenefitId, ...BenefitId[]];

/** A condition as data (the JSON API, the examples page): its text, the fields it reads, its words or reading. */
export interface ConditionData {
  text: string;
  reads: string[];
  /** The article's words it rests on, or null for a reading without words. */
  words: string | null;
  /** The site's reading and its reason, or null when the condition is the article's words. */
  reading: string | null;
  /** Only for this kind of profile, or null for both. */
  for: 'person' | 'organisation' | null;
}

export function conditionData(c: Condition): ConditionData {
  return { text: c.text, reads: [...c.reads], words: c.words ?? null, reading: c.reading ?? null, for: c.for ?? null };
}

/** A catalog entry: the declaration without its functions. */
export interface Benefit {
  id: BenefitId;
  title: string;
  articles: number[];
  audience: { types: ('person' | 'organisation')[]; who: string };
  kind: BenefitDeclaration['kind'];
  amount: BenefitAmount | null;
  quote: string;
  notSaid: string[];
  conditions: ConditionData[];
  /** Why the result stays 还需确认 even when every condition holds, or null. */
  deferred: string | null;
}

/** The benefit catalog, derived from the declarations (test/rules/schemas.test.ts validates it with BenefitSchema). */
export const benefitCatalog: readonly Benefit[] = benefitDeclarations.map((b: BenefitDeclaration) => ({
  id: b.id as BenefitId,
  title: b.title,
  articles: [...b.articles],
  audience: { types: [...b.audience.types], who: b.audience.who },
  kind: b.kind,
  amount: b.amount,
  quote: b.quote,
  notSaid: [...b.notSaid],
  conditions: b.conditions.map(conditionData),
  deferred: b.deferred ?? null,
}));

/** The declaration of a benefit. */
export function declarationById(id: BenefitId): BenefitDeclaration {
  const b: BenefitDeclaration | undefined = benefitDeclarations.find((x) => x.id === id);
  if (!b) throw new Error(`unknown benefit ${id}`); // unreachable: ids come from the declarations
  return b;
}

/** The catalog entry of a benefit. */
export function benefitById(id: BenefitId): Benefit {
  const b = benefitCatalog.find((x) => x.id === id);
  if (!b) throw new Error(`unknown benefit ${id}`); // unreachable: ids come from the declarations
  return b;
}

/** The parameter ids an amount refers to. */
export function amountParameterIds(amount: BenefitAmount | null): ParameterId[] {
  if (amount === null) return [];
  switch (amount.type) {
    case 'per-person':
    case 'per-studio':
    case 'fixed':
    case 'ceiling':
      return [amount.parameterId];
    case 'by-placing':
    case 'computed':
      return [...amount.parameterIds];
    case 'range':
      return [amount.minParameterId, amount.maxParameterId];
  }
}

/** An amount as readers see it: “4,000 元/人”, “最高 20 万元”, “2 万元—15 万元”. Null when the measure gives none. */
export function amountText(amount: BenefitAmount | null): string | null {
  if (amount === null) return null;
  switch (amount.type) {
    case 'per-person':
      return `每人 ${formatParameter(parameters[amount.parameterId])}`;
    case 'per-studio':
      return `每个工作室 ${formatParameter(parameters[amount.parameterId])}`;
    case 'fixed':
      return formatParameter(parameters[amount.parameterId]);
    case 'ceiling':
      return `最高 ${formatParameter(parameters[amount.parameterId])}`;
    case 'range':
      return `${formatParameter(parameters[amount.minParameterId])}—${formatParameter(parameters[amount.maxParameterId])}`;
    case 'by-placing':
      return amount.parameterIds.map((id) => formatParameter(parameters[id])).join(' / ');
    case 'computed':
      return `按工资薪金总额的 ${formatParameter(parameters['educationFundDeductionRate'])} 计算扣除限额`;
  }
}
