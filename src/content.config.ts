/**
 * Content collections. `content/` at the top level holds the words; this file holds their schemas.
 * A malformed frontmatter fails the build with the file and the field (Astro reports zod issues that way).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { MeasureArticleFrontmatterSchema } from './lib/article-schema';
import { GuideFrontmatterSchema } from './lib/guide-schema';
import { GlossaryTermSchema } from './lib/glossary';
import { FaqItemSchema } from './lib/faq';

const measure = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/measure' }),
  schema: MeasureArticleFrontmatterSchema,
});

/** 术语: content/glossary/terms.yaml, one entry per term; `id` is the anchor on /glossary/. */
const glossary = defineCollection({
  loader: file('content/glossary/terms.yaml'),
  schema: GlossaryTermSchema,
});

/** 常见问题: content/faq/faq.yaml. */
const faq = defineCollection({
  loader: file('content/faq/faq.yaml'),
  schema: FaqItemSchema,
});

/** 指南: content/guides/<audience>.mdx, one per audience (the file name is the /guides/<audience>/ slug). */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: GuideFrontmatterSchema,
});

export const collections = { measure, glossary, faq, guides };
