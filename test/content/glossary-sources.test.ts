/**
 * Outside facts in the glossary: every entry says whether it states a fact the measure does not
 * (`outsideFact`), and such an entry names its source with a document number. The phrases below announce an outside
 * fact; an entry that uses them outside its 本站理解 part must be marked and sourced. Typed by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GlossaryTermSchema } from '../../src/lib/glossary';
import { splitReading } from '../../src/lib/reading';

const entries = z
  .array(GlossaryTermSchema)
  .parse(parseYaml(readFileSync(join(process.cwd(), 'content/glossary/terms.yaml'), 'utf8')));

/** Words that state who runs, grants or organises something, or how the country names things: facts from elsewhere. */
const OUTSIDE_FACT =
  /人力资源社会保障部门|人社部门主管|最高荣誉|最高奖|被誉为|授予|由(?!谁)[^，。]{1,12}(?:举办|主管|颁发|评选)|全国通行|国家职业技能标准|国家职业资格目录|〔\d{4}〕/;

const minimal = { id: 'x', group: 'honours', term: '某奖', definition: '第十六条的用语，本办法没有界定。' };

describe('the glossary schema makes outside facts checkable', () => {
  it('an entry must say whether it states an outside fact', () => {
    expect(GlossaryTermSchema.safeParse(minimal).success).toBe(false);
    expect(GlossaryTermSchema.safeParse({ ...minimal, outsideFact: false }).success).toBe(true);
  });
  it('an outside fact needs a source, and a source belongs to an outside fact', () => {
    expect(GlossaryTermSchema.safeParse({ ...minimal, outsideFact: true }).success).toBe(false);
    expect(GlossaryTermSchema.safeParse({ ...minimal, outsideFact: false, source: '财税〔2018〕51号' }).success).toBe(
      false,
    );
    expect(GlossaryTermSchema.safeParse({ ...minimal, outsideFact: true, source: '财税〔2018〕51号' }).success).toBe(
      true,
    );
  });
  it('a source names a document number or an edition, not just “有关规定”', () => {
    expect(GlossaryTermSchema.safeParse({ ...minimal, outsideFact: true, source: '国家有关规定' }).success).toBe(false);
  });
});

describe('the detector (so the check below can fail)', () => {
  it.each([
    ['国家授予高技能人才的最高荣誉奖项。', true],
    ['培养技能人才的学校，由人力资源社会保障部门主管。', true],
    ['世界技能大赛，由世界技能组织举办的国际职业技能竞赛，被誉为“技能奥林匹克”。', true],
    ['第十六条的用语。这一奖项由谁评选、条件如何，本办法没有写。', false],
    ['许昌市举办的职业技能大赛，与世赛、国赛、省赛衔接。', false],
  ])('“%s” → %s', (text, flagged) => expect(OUTSIDE_FACT.test(text)).toBe(flagged));
});

describe('every glossary entry that states an outside fact is marked and sourced', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const { text } = splitReading(e.definition);
    if (OUTSIDE_FACT.test(text)) {
      expect(e.outsideFact, `${e.term}: ${text}`).toBe(true);
      expect(e.source, e.term).toBeDefined();
    }
  });
  it('the entries the reviewer named state no outside fact any more', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const id of ['china-skills-award', 'technical-school', 'evaluator-filing', 'worldskills', 'master-studio'])
      expect(byId.get(id)?.outsideFact, id).toBe(false);
  });
});
