/**
 * 示例: content/examples/examples.yaml — realistic profiles with the results expected from the measure's words,
 * written by hand (never computed). test/rules/examples.test.ts checks evaluate() against every row; /examples/ and
 * each article page publish them. `answers` are raw answers as the checker sends them; benefits of the profile's kind
 * that are in neither `eligible` nor `needsConfirmation` are expected in 暂不符合. Build time and tests only (node:fs).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { BenefitIdSchema } from '../rules/schemas';

export const ExampleSchema = z.strictObject({
  /** Stable id (kebab-case): the anchor on /examples/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Who this is, in Chinese. */
  title: z.string().min(4),
  /** Raw answers, as the checker sends them (field → text). */
  answers: z.record(z.string(), z.string()),
  expected: z.strictObject({
    /** 可以享受 */
    eligible: z.array(BenefitIdSchema),
    /** 还需确认 */
    needsConfirmation: z.array(BenefitIdSchema),
    /** Definite sums in yuan by benefit, where the result gives one. */
    amounts: z.partialRecord(BenefitIdSchema, z.number().int().nonnegative()).optional(),
    /** Amount texts by benefit, where checked. */
    amountTexts: z.partialRecord(BenefitIdSchema, z.string()).optional(),
  }),
  /** Why, in the measure's words. */
  explanation: z.string().min(4),
});
export type Example = z.infer<typeof ExampleSchema>;

export const EXAMPLES_FILE = new URL('../../content/examples/examples.yaml', import.meta.url);

/** The examples, validated; a malformed file throws with the row and the field. */
export function loadExamples(text: string = readFileSync(EXAMPLES_FILE, 'utf8')): Example[] {
  const rows: unknown = parse(text);
  return z.array(ExampleSchema).parse(rows);
}
