/** The frontmatter of one guide, content/guides/<audience>.mdx (the file name is the /guides/<audience>/ slug). */
import { z } from 'zod';
import { AudienceSchema } from './article-schema';

export const GuideFrontmatterSchema = z.object({
  audience: AudienceSchema,
  /** The page title (h1 and <title>). */
  title: z.string().min(4).max(40),
  /** The page description (meta description, share card). */
  description: z.string().min(20).max(140),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatterSchema>;
