/** 第十七条 (article 17) as one module: what the rest of the site imports of this article (through src/rules/index.ts). */
export * from './benefits';
export * from './rules';
