/**
 * The rules module's public API (规则): every amount and condition of 许人社办〔2022〕28号, as pure functions and data.
 * Pages, widgets, the JSON API and tests import from here. No UI or Astro imports anywhere in src/rules/.
 */
export * from './parameters';
export * from './format';
export * from './parse';
