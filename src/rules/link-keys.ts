/**
 * Query keys that messengers, browsers and analytics add to a shared link (微信's `from=singlemessage`,
 * `isappinstalled=0`, `nsukey`, `scene`; `utm_*`, `spm`…). They are not the site's: a page that reads answers from its
 * URL passes over them without a word, so a genuine link shared through WeChat does not look tampered with. Stated
 * once here; every reader of a link uses isAddedKey.
 */

/** Keys added whole (compared lower-cased). */
export const ADDED_LINK_KEYS: readonly string[] = [
  // 微信 (WeChat) and its in-app browser
  'from',
  'isappinstalled',
  'nsukey',
  'scene',
  'clicktime',
  'enterid',
  'sharer_shareid',
  'sharer_sharetime',
  'wxfrom',
  // QQ, 微博, 抖音, 哔哩哔哩 share sheets
  'qq-pf-to',
  'share_source',
  'share_medium',
  'share_plat',
  'share_from',
  'share_tag',
  'share_session_id',
  'vd_source',
  // analytics and ad click ids (阿里 spm, 百度, Google, Microsoft, Meta)
  'spm',
  'bd_vid',
  'gclid',
  'msclkid',
  'fbclid',
  'yclid',
  'mc_cid',
  'mc_eid',
];

/** Key prefixes added by analytics (`utm_source`, `utm_medium`…; `spm_id_from`). */
export const ADDED_LINK_KEY_PREFIXES: readonly string[] = ['utm_', 'spm_', 'share_'];

/** Whether a query key is one a messenger, browser or analytics tool adds, to be ignored silently. */
export function isAddedKey(key: string): boolean {
  const k = key.trim().toLowerCase();
  return ADDED_LINK_KEYS.includes(k) || ADDED_LINK_KEY_PREFIXES.some((p) => k.startsWith(p));
}

/**
 * What a page says about keys of a link that it cannot use (neither its own nor added by a messenger): counted, never
 * quoted, so that a link cannot put its own words on the page. The checker (profile-url.ts) and the calculators
 * (src/widgets/calculator-link.ts) say the same.
 */
export function unknownKeysMessage(count: number): string {
  return `链接中有 ${count} 项无法识别的内容，已忽略。`;
}
