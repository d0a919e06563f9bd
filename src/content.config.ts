/**
 * Content collections. `content/` at the top level holds the words; this file holds their schemas.
 * A malformed frontmatter fails the build with the file and the field (Astro reports zod issues that way).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { MeasureArticleFrontmatterSchema } from './lib/article-schema';

const measure = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/measure' }),
  schema: MeasureArticleFrontmatterSchema,
});

export const collections = { measure };
