/**
 * The names an article page is found by: every name of every glossary term the article uses (the term as
 * the measure writes it and its aliases: 世赛 and 世界技能大赛, 技工院校 and 技校 …), and the everyday phrasings in the
 * article's `tags`. Pagefind indexes them from a visually hidden line on /measure/N/; the names of terms whose
 * `mainArticle` is N are weighted up, so that the article which grants the thing comes first for each of its names.
 */
import type { GlossaryTerm } from './glossary';

export interface SearchNames {
  /** Names of the terms whose main article this is, and the article's own search phrasings: weighted up. */
  main: string[];
  /** Names of the other terms the article uses. */
  other: string[];
}

type TermNames = Pick<GlossaryTerm, 'term' | 'aliases' | 'articles' | 'mainArticle'>;

const unique = (names: string[]) => [...new Set(names)];

export function articleSearchNames(
  article: number,
  terms: readonly TermNames[],
  tags: readonly string[] = [],
): SearchNames {
  const names = (t: TermNames) => [t.term, ...t.aliases];
  const main = unique([...terms.filter((t) => t.mainArticle === article).flatMap(names), ...tags]);
  const other = unique(
    terms.filter((t) => t.mainArticle !== article && t.articles.includes(article)).flatMap(names),
  ).filter((n) => !main.includes(n));
  return { main, other };
}
