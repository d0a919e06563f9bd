/**
 * The field table (src/rules/fields.ts): each field declared once, and what is derived from it agrees with it — the
 * URL writes a value its parser reads back, the samples are values the parser accepts, the lists of fields for
 * persons and organisations split the table, and every question names its field by the table's label.
 */
import { describe, expect, it } from 'vitest';
import {
  PROFILE_FIELDS,
  fieldByUrlKey,
  fieldsNotFor,
  profileFieldTable,
  profileFromSearchParams,
  profileQuestionLabels,
  profileToSearchParams,
  type Profile,
  type ProfileField,
} from '../../src/rules';
import { allQuestions } from '../../src/widgets/check-profile';

const rowOf = (f: ProfileField) =>
  profileFieldTable[f] as unknown as {
    parse: (raw: unknown) => { ok: boolean; value?: unknown };
    write: (v: unknown) => string;
    samples: readonly unknown[];
    urlKey: string;
    label: string;
    question: string;
    for: string;
  };

describe('字段表', () => {
  it.each(PROFILE_FIELDS)('%s：网址写出的值能被同一字段读回', (f) => {
    const row = rowOf(f);
    for (const sample of row.samples) {
      const back = row.parse(row.write(sample));
      expect(back, `${f} ${JSON.stringify(sample)}`).toEqual({ ok: true, value: sample });
    }
  });

  it('money fields keep fen through the URL (123456 fen → "1234.56" → 123456)', () => {
    const p = { kind: 'organisation', wages: 123_456, carriedOver: 100 } as Profile;
    const params = profileToSearchParams(p);
    expect(params.get('wages')).toBe('1234.56');
    expect(params.get('carriedOver')).toBe('1');
    expect(profileFromSearchParams(params).profile).toEqual(p);
  });

  it('every URL key leads back to its field, and no two fields share a key or a label', () => {
    for (const f of PROFILE_FIELDS) expect(fieldByUrlKey(rowOf(f).urlKey)).toBe(f);
    expect(new Set(PROFILE_FIELDS.map((f) => rowOf(f).urlKey)).size).toBe(PROFILE_FIELDS.length);
    expect(new Set(Object.values(profileQuestionLabels)).size).toBe(PROFILE_FIELDS.length);
  });

  it('the person-only and organisation-only fields split the table', () => {
    const personOnly = fieldsNotFor('organisation');
    const organisationOnly = fieldsNotFor('person');
    expect(personOnly).toContain('skillLevel');
    expect(organisationOnly).toContain('wages');
    expect(personOnly.filter((f) => organisationOnly.includes(f))).toEqual([]);
    expect([...personOnly, ...organisationOnly, 'kind', 'asOf'].sort()).toEqual([...PROFILE_FIELDS].sort());
  });

  it("the checker asks each field with the table's question", () => {
    for (const q of allQuestions) expect(q.label).toBe(rowOf(q.id).question);
    expect(allQuestions.map((q) => q.id).sort()).toEqual(PROFILE_FIELDS.filter((f) => f !== 'asOf').sort());
  });
});
