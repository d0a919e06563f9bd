/**
 * 网址: the site's routes that other layers link to, stated once. Pages, components, widgets, the rules' own texts,
 * the JSON APIs and the scripts build every article and calculator link with these (test/source/routes.test.ts fails
 * on a hand-typed one). Routes are plain paths; `siteUrl` (src/lib/site.ts) makes them absolute where needed.
 */

/** /measure/: the whole document on one page. */
export const measurePath = '/measure/';

/** /measure/6/: one article's page. */
export const articlePath = (n: number): string => `/measure/${n}/`;

/** /measure/#art-6: an article in the whole document. */
export const articleInFullTextPath = (n: number): string => `${measurePath}#art-${n}`;

/** /measure/#ch-3: a chapter in the whole document. */
export const chapterInFullTextPath = (n: number): string => `${measurePath}#ch-${n}`;

/** /calculators/<name>/: a calculator's own page. */
export const calculatorPath = (name: string): string => `/calculators/${name}/`;
