/**
 * The data of /api/rules.json: every parameter (value, unit, formatted value, article and quote) and the benefit
 * catalog (amounts resolved to formatted text). Pure; the Astro endpoint only serialises it.
 */
import { amountParameterIds, amountText, benefitCatalog, benefitKindLabels } from './catalog';
import { formatParameter } from './format';
import { parameterList } from './parameters';
import { ASK_OFFICIALS } from './worked';

/** 2: benefits carry their conditions (words or reading), `deferred`, and `audience.types`. */
export const RULES_JSON_VERSION = 2;

/** /api/rules.json, built from the module at build time. */
export function buildRulesJson() {
  return {
    version: RULES_JSON_VERSION,
    source: '许人社办〔2022〕28号《许昌市加强高技能人才队伍建设实施办法》',
    note: `金额、比例和期限均摘自办法原文（quote）；办法没有写的（发给谁、如何申请、期限），见各项 notSaid，${ASK_OFFICIALS}。`,
    parameters: parameterList.map((p) => ({ ...p, formatted: formatParameter(p) })),
    benefits: benefitCatalog.map((b) => ({
      ...b,
      kindLabel: benefitKindLabels[b.kind],
      amountText: amountText(b.amount),
      parameterIds: amountParameterIds(b.amount),
    })),
  };
}
export type RulesJson = ReturnType<typeof buildRulesJson>;
