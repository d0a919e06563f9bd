/** 第十二条 (article 12) as one module: what the rest of the site imports of this article (through src/rules/index.ts). */
export * from './benefits';
export * from './rules';
