/**
 * 输入解析: numbers, dates and choices as people type them. Every calculator's fields and the checker's profile
 * schema are built from the field parsers here, so a form and a URL query are validated the same way.
 *
 * No zod in this module on purpose: the calculators run in the browser, where zod would be most of the page's
 * JavaScript. `parseFields` validates a calculator's input; the checker wraps the same fields in zod (zod-field.ts)
 * because it parses the URL query.
 *
 * Accepted numbers: ASCII or full-width digits (４０００), thousands separators (1,200,000 and 1，200，000),
 * spaces anywhere, a 万 or 亿 suffix (120万, 1.2亿), a leading ¥ / ￥ and a trailing 元 in money fields, the classifier
 * of what a count counts (3人 in a 人数 field, 2个 in a 个数 field), decimals only where money allows
 * (at most 2 decimals of a yuan, i.e. whole fen). Rejected with a Chinese message naming the field: empty,
 * negative, NaN, Infinity, beyond the field's limit, decimals in whole-number fields, anything else.
 */
export {
  FORM_ERROR_KEY,
  NOT_A_FORM_MESSAGE,
  UNREADABLE_MESSAGE,
  parseFields,
  type CrossFieldCheck,
  type Field,
  type FieldErrors,
  type FieldValue,
  type FieldsOutput,
  type Outcome,
  type Parsed,
} from './core';
export * from './numbers';
export * from './counts';
export * from './dates';
export * from './choices';
export * from './choice-list';
