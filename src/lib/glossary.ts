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
    /**
     * Whether the definition states a fact the measure does not (who runs a school, what a level is called…). Every
     * entry says so explicitly: true needs a `source`; false means every sentence rests on the measure or is marked
     * 本站理解.
     */
    outsideFact: z.boolean(),
    /** The source an outside fact rests on: a document with its number (财税〔2018〕51号). Only with outsideFact. */
    source: z.string().min(4).optional(),
  })
  .refine((t) => t.mainArticle === undefined || t.articles.includes(t.mainArticle), {
    message: 'mainArticle must be one of the articles that use the term',
    path: ['mainArticle'],
  })
  .refine((t) => t.outsideFact === (t.source !== undefined), {
    message: '一项术语说明了办法以外的事实（outsideFact: true）就必须写明出处（source），没有出处就删去这些事实',
    path: ['source'],
  })
  .refine(
    (t) => t.source === undefined || /〔\d{4}〕\d+号|（\d{4}年版）|第[一二三四五六七八九十百零]+条/.test(t.source),
    {
      message: '出处要写到文号（如财税〔2018〕51号）或版本',
      path: ['source'],
    },
  );
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const glossaryPath = (id: string): string => `/glossary/#${id}`;
