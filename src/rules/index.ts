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
export * from './articles/05/calculator';
export * from './articles/06/calculator';
export * from './articles/08/calculator';
export * from './articles/11/calculator';
export * from './articles/13/calculator';
export * from './articles/15/calculator';
export * from './articles/16/calculator';
export * from './catalog';
export * from './profile';
export * from './evaluate';
export * from './profile-url';
export * from './rules-json';
export * from './benefit';
export * from './questions';
export * from './articles/05/benefits';
export * from './articles/06/benefits';
export * from './articles/07/benefits';
export * from './articles/08/benefits';
export * from './articles/09/benefits';
export * from './articles/10/benefits';
export * from './articles/11/benefits';
export * from './articles/12/benefits';
export * from './articles/13/benefits';
export * from './articles/14/benefits';
export * from './articles/15/benefits';
export * from './articles/16/benefits';
export * from './articles/17/benefits';
