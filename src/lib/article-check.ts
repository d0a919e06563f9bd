/**
 * Checks the article files as a whole: the collection's zod schema checks each file's fields; this checks what no
 * single file can — every article 1–20 present once, file name equal to `article`, chapter equal to the official
 * text's. It throws while pages are generated, so the build stops with the file and the field named.
 */
import { officialArticles, officialDocument } from './document';

export function checkArticleEntries<
  T extends {
    id: string;
    filePath?: string | undefined;
    data: { article: number; chapter: { number: number; title: string } };
  },
>(entries: T[]): T[] {
  const problems: string[] = [];
  const byNumber = new Map<number, T>();
  for (const e of entries) {
    const file = e.filePath ?? `content/measure/${e.id}.mdx`;
    const fromName = Number.parseInt(e.id, 10);
    if (fromName !== e.data.article)
      problems.push(`${file}: field "article" is ${e.data.article} but the file name says ${e.id}`);
    const dup = byNumber.get(e.data.article);
    if (dup) problems.push(`${file}: field "article" ${e.data.article} duplicates ${dup.filePath ?? dup.id}`);
    byNumber.set(e.data.article, e);
    const official = officialArticles.find((a) => a.number === e.data.article);
    const chapter = officialDocument.chapters.find((c) => c.number === official?.chapter);
    if (chapter && (chapter.number !== e.data.chapter.number || chapter.title !== e.data.chapter.title)) {
      problems.push(
        `${file}: field "chapter" is ${e.data.chapter.number} ${e.data.chapter.title} but the official text puts 第${e.data.article}条 in ${chapter.label} ${chapter.title}`,
      );
    }
  }
  for (const a of officialArticles) {
    if (!byNumber.has(a.number))
      problems.push(`content/measure/${String(a.number).padStart(2, '0')}.mdx: missing (${a.label} has no file)`);
  }
  if (problems.length) throw new Error(`Article files are inconsistent:\n  ${problems.join('\n  ')}`);
  return [...entries].sort((a, b) => a.data.article - b.data.article);
}
