/**
 * The official document, parsed from the project's transcript
 * (content/official/xuchang-rensheban-2022-28.txt, already repaired as shared/official-text/README.md allows).
 *
 * Pure: takes the transcript text, returns its structure. The site's full-text page, the JSON API and the
 * fidelity tests all read the text through this one parser, so the transcript stays the single source.
 */
import { z } from 'zod';

/** Chinese numerals as the document writes article and chapter numbers (一 … 二十). */
const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 16 → 十六, 20 → 二十 (enough for 1–99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`;
  return tensPart + CHINESE_DIGITS[ones];
}

/** 一 → 1, 十 → 10, 十六 → 16, 二十 → 20. */
export function parseChineseNumeral(s: string): number {
  for (let n = 1; n < 100; n++) if (chineseNumeral(n) === s) return n;
  throw new RangeError(`parseChineseNumeral: ${s}`);
}

export const ArticleTextSchema = z.object({
  number: z.number().int().min(1),
  /** 第六条 */
  label: z.string(),
  /** The article's words after its label, verbatim. */
  body: z.string().min(1),
  /** label + one space + body, the way the transcript writes it. */
  text: z.string().min(1),
  chapter: z.number().int().min(1),
});
export type ArticleText = z.infer<typeof ArticleTextSchema>;

export const ChapterTextSchema = z.object({
  number: z.number().int().min(1),
  /** 第一章 */
  label: z.string(),
  /** 总则 (the transcript spaces two-character titles as 总 则; we keep the title unspaced and the heading spaced). */
  title: z.string(),
  /** The heading as printed, e.g. 第一章 总 则. */
  heading: z.string(),
  articles: z.array(ArticleTextSchema),
});
export type ChapterText = z.infer<typeof ChapterTextSchema>;

export const OfficialDocumentSchema = z.object({
  /** 许昌市人力资源和社会保障局 许昌市财政局文件 */
  header: z.string(),
  /** 许人社办〔2022〕28号 */
  documentNumber: z.string(),
  notice: z.object({
    title: z.string(),
    addressees: z.string(),
    body: z.string(),
    issuers: z.array(z.string()),
    date: z.string(),
  }),
  /** 许昌市加强高技能人才队伍建设实施办法 */
  title: z.string(),
  chapters: z.array(ChapterTextSchema),
  /** The issuing line at the end: 许昌市人力资源和社会保障局 / 2022年9月19日印发. */
  issuingLine: z.object({ issuer: z.string(), date: z.string() }),
});
export type OfficialDocument = z.infer<typeof OfficialDocumentSchema>;

const CHAPTER_RE = /^第([一二三四五六七八九十]+)章\s+(.+)$/;
const ARTICLE_RE = /^第([一二三四五六七八九十]+)条\s+(.+)$/;

/** Parses the transcript. Throws with the offending line if the transcript does not have the expected shape. */
export function parseOfficialDocument(transcript: string): OfficialDocument {
  const lines = transcript
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const at = (i: number): string => {
    const line = lines[i];
    if (line === undefined) throw new Error(`official text: line ${i + 1} is missing`);
    return line;
  };
  const firstChapter = lines.findIndex((l) => CHAPTER_RE.test(l));
  if (firstChapter < 0) throw new Error('official text: no chapter heading (第一章) found');
  // Fixed front matter of a 红头文件: header, 文号, notice title, addressees, body, issuers…, date, then the measure's title.
  const header = at(0);
  const documentNumber = at(1);
  const noticeTitle = at(2);
  const addressees = at(3);
  const body = at(4);
  const dateIndex = firstChapter - 2;
  const issuers = lines.slice(5, dateIndex);
  const noticeDate = at(dateIndex);
  const title = at(firstChapter - 1);

  const chapters: ChapterText[] = [];
  let i = firstChapter;
  for (; i < lines.length; i++) {
    const line = at(i);
    const ch = CHAPTER_RE.exec(line);
    if (ch) {
      const number = parseChineseNumeral(ch[1]!);
      chapters.push({
        number,
        label: `第${ch[1]}章`,
        title: ch[2]!.replace(/\s+/g, ''),
        heading: line,
        articles: [],
      });
      continue;
    }
    const art = ARTICLE_RE.exec(line);
    if (art) {
      const chapter = chapters.at(-1);
      if (!chapter) throw new Error(`official text: article before any chapter: ${line}`);
      chapter.articles.push({
        number: parseChineseNumeral(art[1]!),
        label: `第${art[1]}条`,
        body: art[2]!,
        text: line,
        chapter: chapter.number,
      });
      continue;
    }
    break; // the issuing line follows the last article
  }
  const rest = lines.slice(i);
  if (rest.length !== 2)
    throw new Error(`official text: expected the issuing line after the last article, got: ${rest.join(' / ')}`);
  return OfficialDocumentSchema.parse({
    header,
    documentNumber,
    notice: { title: noticeTitle, addressees, body, issuers, date: noticeDate },
    title,
    chapters,
    issuingLine: { issuer: rest[0], date: rest[1] },
  });
}

/** All articles in order. */
export function allArticles(doc: OfficialDocument): ArticleText[] {
  return doc.chapters.flatMap((c) => c.articles);
}

/** Removes all white space: the comparison the fidelity rule allows ("apart from … white space"). */
export function withoutWhiteSpace(s: string): string {
  return s.replace(/\s+/gu, '');
}
