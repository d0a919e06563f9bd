/**
 * The rules module's public API (规则): every amount and condition of 许人社办〔2022〕28号, as pure functions and data.
 * Pages, widgets, the JSON API and tests import from here. No UI or Astro imports anywhere in src/rules/.
 */
export { parameters, parameterList, valueOf, type Parameter, type ParameterId, type ParameterUnit } from './parameters';
export * from './format';
export * from './parse';
export * from './zod-field';
export * from './schemas';
export * from './worked';
export * from './art05-education-funds';
export * from './art06-training-subsidy';
export * from './art08-master-studio';
export * from './art11-skill-evaluation';
export * from './art13-competitions';
export * from './art15-graduates';
export * from './art16-titles';
export * from './catalog';
export * from './profile';
export * from './evaluate';
export * from './profile-url';
export * from './link-keys';
export * from './answer-text';
export * from './rules-json';
export * from './benefit';
export * from './questions';
export * from './benefits/art05';
export * from './benefits/art06';
export * from './benefits/art07';
export * from './benefits/art08';
export * from './benefits/art09';
export * from './benefits/art10';
export * from './benefits/art11';
export * from './benefits/art12';
export * from './benefits/art13';
export * from './benefits/art14';
export * from './benefits/art15';
export * from './benefits/art16';
export * from './benefits/art17';
