/**
 * The 20 article files, checked as a whole: the collection's zod schema checks each file's fields; this checks
 * what no single file can — every article 1–20 present once, file name equal to `article`, chapter equal to the
 * official text's. A failure throws while pages are generated, so the build stops with the file and the field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkArticleEntries } from './article-check';
import { readingsInMdx } from './reading';
import { sharedReadings } from './document';

export type MeasureEntry = CollectionEntry<'measure'>;

/** All article entries, in order, checked. */
export async function getMeasureArticles(): Promise<MeasureEntry[]> {
  return checkArticleEntries(await getCollection('measure'));
}

/** 条旨, summary and the readings each article's 解读 marks, by article number: what /api/measure.json publishes. */
export function articleWords(
  entries: MeasureEntry[],
): Map<number, { title: string; summary: string; readings: string[] }> {
  return new Map(
    entries.map((e) => [
      e.data.article,
      { title: e.data.title, summary: e.data.summary, readings: readingsInMdx(e.body ?? '', sharedReadings) },
    ]),
  );
}
