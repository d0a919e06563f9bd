/** 第三条 (article 3) as one module: what the rest of the site imports of this article (through src/rules/index.ts). */
export * from './parameters';
