/** 第八条 (article 8) as one module: what the rest of the site imports of this article (through src/rules/index.ts). */
export { masterStudioGrant as masterStudioGrantParameter } from './parameters';
export * from './benefits';
export * from './rules';
