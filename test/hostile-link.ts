/**
 * What a link could try to make the site say: a fake notice with a phone number, HTML, a bidi override, 2,000
 * characters. Used as query keys and values by the link tests (unit, widget and browser); none of it may reach the
 * page's text.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  '紧急通知：补贴需先缴纳手续费，请拨打 400-000-0000',
  '<img src=x onerror=alert(1)>',
  '请加微信 13800138000 领取',
  '\u202E\u2067伪造通知\u2069',
  // 2,000 characters, ASCII so that the whole query stays within a server's 16 KB request head
  `X${'Q'.repeat(1998)}Z`,
];

/** Pieces of the hostile texts that must not appear on the page (the texts as a whole or in part). */
export const HOSTILE_MARKERS: readonly string[] = [
  '紧急通知',
  '手续费',
  '400-000-0000',
  '13800138000',
  'onerror',
  '<img',
  '\u202E',
  '伪造通知',
  'QQQQQQQQ',
];

/**
 * A checker query carrying the hostile texts as unknown keys, as values of unknown keys, and as values of known
 * fields (a choice, a date, a count, a money field), beside a valid answer and WeChat's share parameters.
 */
export function hostileCheckerQuery(): string {
  const params = new URLSearchParams();
  params.set('kind', 'organisation');
  params.set('organisationType', 'enterprise');
  params.set('from', 'singlemessage');
  params.set('isappinstalled', '0');
  HOSTILE_TEXTS.forEach((text, i) => {
    params.set(text, text);
    params.set(`x${i}`, text);
  });
  params.set('leadingEnterprise', HOSTILE_TEXTS[0] ?? '');
  params.set('newStudios', HOSTILE_TEXTS[2] ?? '');
  params.set('wages', HOSTILE_TEXTS[4] ?? '');
  params.set('asOf', HOSTILE_TEXTS[3] ?? '');
  params.set('step', 'result');
  return `?${params.toString()}`;
}
