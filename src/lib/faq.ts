/**
 * 常见问题: the schema of content/faq/faq.yaml. An answer is plain text; `{parameterId}` in it is replaced by the
 * parameter's formatted value from src/rules/ (so no amount is typed in the data), and the answer is always shown
 * with links to the articles in `articles`. `{dateStatement}`, `{validity}` and `{publicationReading}` are the document's
 * dates as src/lib/document.ts states them once. A line that starts with 本站理解： is a reading (src/lib/reading.ts).
 */
import { z } from 'zod';
import { AudienceSchema } from './article-schema';
import { parameters, type ParameterId } from '../rules';
import { documentDates } from './document';

/** The document's dates and status, written once in src/lib/document.ts, by the placeholder an answer writes. */
export const documentPlaceholders: Readonly<Record<string, string>> = {
  dateStatement: documentDates.statement,
  validity: documentDates.validity,
  publicationReading: documentDates.publicationReading,
};

export const FaqItemSchema = z.object({
  /** Anchor on /faq/, lowercase ASCII with hyphens. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  question: z.string().min(5),
  audiences: z.array(AudienceSchema).min(1),
  answer: z.string().min(20),
  /** The articles the answer rests on; at least one. */
  articles: z.array(z.number().int().min(1).max(20)).min(1),
});
export type FaqItem = z.infer<typeof FaqItemSchema>;

export type AnswerPart = { kind: 'text'; text: string } | { kind: 'param'; id: ParameterId };

const PLACEHOLDER = /\{([a-zA-Z0-9]+)\}/g;

/** Splits an answer into text and parameter placeholders (document placeholders become text); throws on an unknown id. */
export function answerParts(answer: string): AnswerPart[] {
  const parts: AnswerPart[] = [];
  let last = 0;
  for (const m of answer.matchAll(PLACEHOLDER)) {
    const id = m[1] ?? '';
    if (m.index > last) parts.push({ kind: 'text', text: answer.slice(last, m.index) });
    last = m.index + m[0].length;
    if (Object.hasOwn(documentPlaceholders, id)) {
      parts.push({ kind: 'text', text: documentPlaceholders[id]! });
      continue;
    }
    if (!Object.hasOwn(parameters, id)) throw new Error(`FAQ answer names an unknown parameter {${id}}`);
    parts.push({ kind: 'param', id: id as ParameterId });
  }
  if (last < answer.length) parts.push({ kind: 'text', text: answer.slice(last) });
  return parts;
}
