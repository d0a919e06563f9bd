/** 第十五条 (article 15) as one module: what the rest of the site imports of this article (through src/rules/index.ts). */
export * from './parameters';
export * from './benefits';
export * from './rules';
