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
export * from './rules-json';
export * from './benefit';
export * from './art07-training-bases';
export * from './art09-gold-collar';
export * from './art10-self-evaluation';
export * from './art12-evaluation-organisations';
export * from './art14-honours';
export * from './art17-incentives';
export * from './questions';
