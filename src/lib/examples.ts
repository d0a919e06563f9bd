/**
 * 示例: content/examples/examples.yaml — realistic profiles with the results expected from the measure's words,
 * written by hand (never computed). test/rules/examples.test.ts checks evaluate() against every row; /examples/ and
 * each article page publish them. `answers` are raw answers as the checker sends them; benefits of the profile's kind
 * that are in neither `eligible` nor `needsConfirmation` are expected in 暂不符合. Build time and tests only (node:fs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { BenefitIdSchema } from '../rules';

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

/** Read from the project root (the build and the tests run there; a bundled module's own URL is elsewhere). */
export const EXAMPLES_FILE = join(process.cwd(), 'content/examples/examples.yaml');

/** The examples, validated; a malformed file throws with the row and the field. */
export function loadExamples(text: string = readFileSync(EXAMPLES_FILE, 'utf8')): Example[] {
  const rows: unknown = parse(text);
  return z.array(ExampleSchema).parse(rows);
}

import { competitionPlacings, COMPETITION_PLACINGS } from '../rules';
import { HONOURS, honourLabels, type Honour } from '../rules';
import {
  educationLabels,
  organisationTypeLabels,
  profileQuestionLabels,
  skillLevelLabels,
  trainingProjectLabels,
} from '../rules';
import { benefitCatalog, typedAnswerText, PROFILE_FIELDS, type ProfileField } from '../rules';

const choiceLabels: Record<string, Record<string, string>> = {
  kind: { person: '个人', organisation: '单位' },
  skillLevel: skillLevelLabels,
  education: educationLabels,
  trainingProject: trainingProjectLabels,
  organisationType: organisationTypeLabels,
  competitionPlacing: {
    none: '没有获奖，或没有参加',
    ...Object.fromEntries(COMPETITION_PLACINGS.map((p) => [p, competitionPlacings[p].label])),
  },
};

/** The id of an example's card on /examples/ (and its anchor): example-<id>. */
export function exampleAnchor(e: Pick<Example, 'id'>): string {
  return `example-${e.id}`;
}

/** An example's answers in words: “当前职业技能等级：高级工（三级）”. */
export function describeAnswers(answers: Record<string, string>): { question: string; answer: string }[] {
  return Object.entries(answers)
    .filter(([field]) => field !== 'asOf')
    .map(([field, raw]) => {
      const question = (profileQuestionLabels as Record<string, string>)[field] ?? field;
      let answer = choiceLabels[field]?.[raw] ?? raw;
      if (field === 'honours') {
        const list = raw.split(',').filter((h): h is Honour => (HONOURS as readonly string[]).includes(h));
        answer = list.length === 0 ? '都没有' : list.map((h) => honourLabels[h]).join('、');
      } else if (raw === 'yes') answer = '是';
      else if (raw === 'no') answer = '否';
      else if ((PROFILE_FIELDS as readonly string[]).includes(field))
        answer = typedAnswerText(field as ProfileField, answer);
      return { question, answer };
    });
}

/** The articles an example touches: those of the benefits it expects to be 可以享受 or 还需确认. */
export function exampleArticles(e: Example): number[] {
  const ids = new Set<string>([...e.expected.eligible, ...e.expected.needsConfirmation]);
  return [...new Set(benefitCatalog.filter((b) => ids.has(b.id)).flatMap((b) => b.articles))].sort((a, b) => a - b);
}
