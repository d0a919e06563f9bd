/**
 * 咨询, the phrasings that pages, the registry and the checker use (the hotline itself and the calculators' clause,
 * ASK_OFFICIALS, are in worked.ts, which every calculator loads): kept out of worked.ts so that no calculator's
 * shared chunk carries sentences only the checker and the pages show.
 */
import { HOTLINE } from './worked';

/** The issuing office, in full and as the site shortens it. */
export const HRSS_BUREAU = '许昌市人力资源和社会保障局';
export const HRSS_BUREAU_SHORT = '市人社局';

/** “拨打 (the hotline) 或咨询 (the bureau)”: the verb phrase, for sentences that frame it themselves. */
export const CALL_OR_ASK = `拨打 ${HOTLINE} 或咨询${HRSS_BUREAU}`;

/** Where to ask when a calculator names no other office (the registry's default, src/components/calculators.ts). */
export const ASK_DEFAULT = `办法没有写由哪个部门办理；可${CALL_OR_ASK}。`;
