/**
 * /api/measure.json: the whole measure as structured data — metadata, the notice, the chapters and the 20 articles
 * (number, label, 条旨, official text, the site's readings, URL). Built from the transcript (official-document.ts / document.ts) and the
 * articles' frontmatter; the schema below is the published format, and a test validates the built file with it.
 */
import { z } from 'zod';
import { citation, documentDates, documentMeta, officialDocument } from './document';
import { siteUrl } from './site';
import { articleInFullTextPath, articlePath, chapterInFullTextPath, measurePath } from '../rules';
import { buildDate, siteVersion } from './build-info';

export const MEASURE_JSON_FORMAT_VERSION = 1;

/** Absolute when the site was built with SITE_URL; a root-relative path in a preview build (src/lib/site.ts). */
const SiteUrlSchema = z.union([z.url(), z.string().regex(/^\/\S*$/)]);

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MeasureJsonArticleSchema = z.object({
  /** 6 */
  number: z.number().int().min(1).max(20),
  /** 第六条 */
  label: z.string().regex(/^第[一二三四五六七八九十]+条$/),
  /** The chapter it belongs to (1–8). */
  chapter: z.number().int().min(1).max(8),
  /** 条旨: the short title this site gives the article (not part of the official text). */
  title: z.string().min(2),
  /** One-sentence summary by this site (not part of the official text). */
  summary: z.string().min(1),
  /** The official words after the label, verbatim. */
  text: z.string().min(1),
  /**
   * The site's readings in this article's 解读 (本站理解: a definition the measure does not give, an outside rule
   * applied, a method chosen), without the label. Never part of `text`; empty when the 解读 marks none.
   */
  readings: z.array(z.string().min(1)),
  /** The standard citation: 《…》（许人社办〔2022〕28号）第六条 */
  citation: z.string().min(1),
  /** The article's page, absolute. */
  url: SiteUrlSchema,
  /** Its anchor in the full text, absolute. */
  fullTextUrl: SiteUrlSchema,
});
export type MeasureJsonArticle = z.infer<typeof MeasureJsonArticleSchema>;

export const MeasureJsonChapterSchema = z.object({
  number: z.number().int().min(1).max(8),
  /** 第三章 */
  label: z.string().regex(/^第[一二三四五六七八九十]+章$/),
  /** 培养模式 */
  title: z.string().min(2),
  url: SiteUrlSchema,
  /** Numbers of the articles in this chapter, in order. */
  articles: z.array(z.number().int().min(1).max(20)).min(1),
});

export const MeasureJsonSchema = z.object({
  formatVersion: z.literal(MEASURE_JSON_FORMAT_VERSION),
  /** The site's version (package.json, /changes/) and build day: which edition of the site this file comes from. */
  siteVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  buildDate: IsoDateSchema,
  metadata: z.object({
    title: z.string(),
    documentNumber: z.string(),
    issuers: z.array(z.string()).min(1),
    writtenDate: IsoDateSchema,
    publishedDate: IsoDateSchema,
    effectiveDate: IsoDateSchema,
    effectiveRule: z.string(),
    status: z.string(),
    interpreter: z.string(),
    repeals: z.object({ title: z.string(), documentNumber: z.string(), issuer: z.string() }),
    language: z.literal('zh-CN'),
    /** The full-text page. */
    url: SiteUrlSchema,
    citation: z.string(),
    /** What the site's own words (条旨, summary, readings) are and which text prevails. */
    note: z.string(),
    /** The site's readings about the document as a whole (e.g. which date it takes as the publication date). */
    readings: z.array(z.string().min(1)),
  }),
  notice: z.object({
    header: z.string(),
    title: z.string(),
    addressees: z.string(),
    body: z.string(),
    issuers: z.array(z.string()),
    date: z.string(),
  }),
  issuingLine: z.object({ issuer: z.string(), date: z.string() }),
  chapters: z.array(MeasureJsonChapterSchema).length(8),
  articles: z.array(MeasureJsonArticleSchema).length(20),
});
export type MeasureJson = z.infer<typeof MeasureJsonSchema>;

export interface MeasureJsonInput {
  /** 条旨 and summary of each article, from the frontmatter (content/measure/NN.mdx), and the readings its 解读 marks. */
  articleTitles: ReadonlyMap<number, { title: string; summary: string; readings: readonly string[] }>;
  /** The site origin the URLs are made absolute with; none in a preview build (root-relative paths then). */
  site: URL | undefined;
  /** The site's edition; the running build's by default (build-info.ts). */
  edition?: { siteVersion: string; buildDate: string };
}

/** Builds the document; throws (zod) if an article lacks its 条旨 or the result does not fit the schema. */
export function buildMeasureJson({
  articleTitles,
  site,
  edition = { siteVersion, buildDate },
}: MeasureJsonInput): MeasureJson {
  const abs = (path: string) => siteUrl(path, site);
  const document = officialDocument;
  const meta = documentMeta;
  return MeasureJsonSchema.parse({
    formatVersion: MEASURE_JSON_FORMAT_VERSION,
    ...edition,
    metadata: {
      ...meta,
      issuers: [...meta.issuers],
      language: 'zh-CN',
      url: abs(measurePath),
      citation: citation(),
      note: '条旨（title）、摘要（summary）和“本站理解”（readings）由本站撰写，不属于官方文本；内容以官方发布文本为准。',
      readings: [documentDates.publicationReading],
    },
    notice: { header: document.header, ...document.notice },
    issuingLine: document.issuingLine,
    chapters: document.chapters.map((c) => ({
      number: c.number,
      label: c.label,
      title: c.title,
      url: abs(chapterInFullTextPath(c.number)),
      articles: c.articles.map((a) => a.number),
    })),
    articles: document.chapters.flatMap((c) =>
      c.articles.map((a) => ({
        number: a.number,
        label: a.label,
        chapter: c.number,
        title: articleTitles.get(a.number)?.title,
        summary: articleTitles.get(a.number)?.summary,
        text: a.body,
        readings: [...(articleTitles.get(a.number)?.readings ?? [])],
        citation: citation(a.number),
        url: abs(articlePath(a.number)),
        fullTextUrl: abs(articleInFullTextPath(a.number)),
      })),
    ),
  });
}
