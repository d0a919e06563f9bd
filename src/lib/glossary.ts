/**
 * 术语表: the schema of content/glossary/terms.yaml. Each term has a stable ASCII `id`, used as its anchor on
 * /glossary/ (/glossary/#id) and by <Term id="…">; never rename an id (other sites may link to it).
 */
import { z } from 'zod';

/** The sections of /glossary/, in the order they are shown. */
export const glossaryGroups = {
  levels: '技能等级与评价',
  training: '培养、经费与项目',
  honours: '竞赛与荣誉',
  careers: '职称、待遇与引进',
  bodies: '机构',
} as const;
export const GlossaryGroupSchema = z.enum(['levels', 'training', 'honours', 'careers', 'bodies']);

export const GlossaryTermSchema = z
  .object({
    /** Anchor on /glossary/, lowercase ASCII with hyphens. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** The section of /glossary/ it is listed in. */
    group: GlossaryGroupSchema,
    /** The term as the measure writes it. */
    term: z.string().min(1),
    /** Other names readers meet (e.g. 五级 for 初级工). */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * The article that grants or sets what the term names (e.g. 第十六条 for 世赛: it grants 职称 and the 绿色通道).
     * Search lists that article first for the term and every alias (src/lib/search-names.ts).
     */
    mainArticle: z.number().int().min(1).max(20).optional(),
    /** Plain-language definition. */
    definition: z.string().min(10),
    /** Articles of the measure that use the term. */
    articles: z.array(z.number().int().min(1).max(20)).default([]),
    /** Where a definition goes beyond the measure: the source it rests on. */
    source: z.string().min(4).optional(),
  })
  .refine((t) => t.mainArticle === undefined || t.articles.includes(t.mainArticle), {
    message: 'mainArticle must be one of the articles that use the term',
    path: ['mainArticle'],
  });
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const glossaryPath = (id: string): string => `/glossary/#${id}`;
