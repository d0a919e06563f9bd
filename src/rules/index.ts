/**
 * The rules module's public API (规则): every amount and condition of 许人社办〔2022〕28号, as pure functions and data.
 * Pages, widgets, the JSON API and tests import from here. No UI or Astro imports anywhere in src/rules/.
 */
export { parameters, parameterList, valueOf, type Parameter, type ParameterId, type ParameterUnit } from './parameters';
export * from './format';
export * from './format-fen';
export * from './article-label';
export * from './routes';
export * from './parse';
export * from './zod-field';
export * from './schemas';
export * from './amount-schema';
export * from './worked-schema';
export * from './worked';
export * from './contact';
export * from './catalog';
export * from './profile';
export * from './fields';
export * from './evaluate';
export * from './result-summary';
export * from './profile-url';
export * from './link-keys';
export * from './answer-text';
export * from './rules-json';
export * from './benefit';
export * from './payer-not-named';
export * from './verdict';
export * from './questions';
export * from './profile-parse';
export * from './articles/03';
export * from './articles/05';
export * from './articles/06';
export * from './articles/07';
export * from './articles/08';
export * from './articles/09';
export * from './articles/10';
export * from './articles/11';
export * from './articles/12';
export * from './articles/13';
export * from './articles/14';
export * from './articles/15';
export * from './articles/16';
export * from './articles/17';
