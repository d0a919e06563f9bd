/** The frontmatter of one article file, content/measure/NN.mdx. */
import { z } from 'zod';

/**
 * 主要读者: the readers an article mostly concerns (not who it applies to: that is the article's own words).
 * The keys are the /guides/<audience>/ slugs.
 */
export const AudienceSchema = z.enum(['workers', 'enterprises', 'schools', 'media']);
export type Audience = z.infer<typeof AudienceSchema>;

/** The heading of the audience line on an article page: 主要读者, never 适用对象 (which reads as who is covered). */
export const audiencesHeading = '主要读者';

export const audienceLabels: Record<Audience, string> = {
  workers: '职工、学生、毕业生',
  enterprises: '企业、培训机构',
  schools: '院校',
  media: '媒体、研究者',
};

export const MeasureArticleFrontmatterSchema = z.object({
  /** 条 number, 1–20; must equal the file name (07.mdx → 7). */
  article: z.number().int().min(1).max(20),
  chapter: z.object({
    number: z.number().int().min(1).max(8),
    title: z.string().min(2),
  }),
  /** 条旨: a short title the site gives the article (not part of the official text). */
  title: z.string().min(2).max(24),
  /** One sentence for the page description and share card. */
  summary: z.string().min(10).max(120),
  /** 主要读者 (see AudienceSchema); 第二十条 (when the measure takes effect) concerns every audience. */
  audiences: z.array(AudienceSchema).min(1),
  /**
   * Everyday phrasings readers search with that neither the text nor a glossary name covers (e.g. 考技师补贴): indexed
   * for search on the article page, not shown (src/lib/search-names.ts).
   */
  tags: z.array(z.string().min(1)).default([]),
  related: z.array(z.number().int().min(1).max(20)).default([]),
});
export type MeasureArticleFrontmatter = z.infer<typeof MeasureArticleFrontmatterSchema>;
