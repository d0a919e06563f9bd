/**
 * The 20 article files, checked as a whole: the collection's zod schema checks each file's fields; this checks
 * what no single file can — every article 1–20 present once, file name equal to `article`, chapter equal to the
 * official text's. A failure throws while pages are generated, so the build stops with the file and the field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkArticleEntries } from './article-check';

export type MeasureEntry = CollectionEntry<'measure'>;

/** All article entries, in order, checked. */
export async function getMeasureArticles(): Promise<MeasureEntry[]> {
  return checkArticleEntries(await getCollection('measure'));
}

export const articlePath = (n: number): string => `/measure/${n}/`;
