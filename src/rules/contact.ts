/**
 * 咨询: where the site sends a reader for what the measure leaves unsaid, stated once. The measure names no procedure,
 * office or deadline; 12333 is the national HRSS hotline and 许昌市人力资源和社会保障局 issued the measure (its first
 * line). Every page, widget and rule text takes the number and the office from here (test/source/typed-once.test.ts
 * fails on the number typed anywhere else under src/).
 */

/** The HRSS hotline. */
export const HOTLINE = '12333';

/** The issuing office, in full and as the site shortens it. */
export const HRSS_BUREAU = '许昌市人力资源和社会保障局';
export const HRSS_BUREAU_SHORT = '市人社局';

/** “拨打 12333 或咨询许昌市人力资源和社会保障局”: the verb phrase, for sentences that frame it themselves. */
export const CALL_OR_ASK = `拨打 ${HOTLINE} 或咨询${HRSS_BUREAU}`;

/** Where to ask about anything the measure leaves unsaid, as a clause: “可拨打12333或咨询许昌市人力资源和社会保障局（市人社局）”. */
export const ASK_OFFICIALS = `可拨打${HOTLINE}或咨询${HRSS_BUREAU}（${HRSS_BUREAU_SHORT}）`;

/** Where to ask when a calculator names no other office (the registry's default, src/components/calculators.ts). */
export const ASK_DEFAULT = `办法没有写由哪个部门办理；可${CALL_OR_ASK}。`;
