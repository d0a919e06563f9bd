import { describe, expect, it } from 'vitest';
import { benefitCatalog, evaluate } from '../../src/rules';
import { loadExamples } from '../../src/lib/examples';

const examples = loadExamples();

describe('示例（content/examples/examples.yaml，手写的预期结果）', () => {
  it('至少30个示例，id 不重复', () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
    expect(new Set(examples.map((s) => s.id)).size).toBe(examples.length);
  });

  it.each(examples.map((s) => [s.title, s] as const))('%s', (_title, s) => {
    const e = evaluate(s.answers);
    expect(e.errors).toEqual({});
    expect(e.ok).toBe(true);
    const sorted = (xs: readonly string[]) => [...xs].sort();
    expect(sorted(e.eligible.map((i) => i.id)), 'eligible').toEqual(sorted(s.expected.eligible));
    expect(sorted(e.needsConfirmation.map((i) => i.id)), 'needsConfirmation').toEqual(
      sorted(s.expected.needsConfirmation),
    );
    const kind = s.answers['kind'] === 'organisation' ? 'organisation' : 'person';
    const rest = benefitCatalog.filter(
      (b) =>
        b.audience.types.includes(kind) &&
        !s.expected.eligible.includes(b.id) &&
        !s.expected.needsConfirmation.includes(b.id),
    );
    expect(sorted(e.notEligible.map((i) => i.id)), 'notEligible').toEqual(sorted(rest.map((b) => b.id)));
    const all = [...e.eligible, ...e.needsConfirmation, ...e.notEligible];
    for (const [id, yuan] of Object.entries(s.expected.amounts ?? {}))
      expect(all.find((i) => i.id === id)?.amountYuan, id).toBe(yuan);
    for (const [id, text] of Object.entries(s.expected.amountTexts ?? {}))
      expect(all.find((i) => i.id === id)?.amountText, id).toBe(text);
  });
});

describe('示例覆盖每一项政策', () => {
  it('每项政策至少在一个示例中是“可以享受”或“还需确认”，也至少在一个示例中是“暂不符合”', () => {
    const positive = new Set(examples.flatMap((s) => [...s.expected.eligible, ...s.expected.needsConfirmation]));
    const negative = new Set(examples.flatMap((s) => evaluate(s.answers).notEligible.map((i) => i.id)));
    for (const b of benefitCatalog) {
      expect(positive.has(b.id), `${b.id} positive`).toBe(true);
      if (b.conditions.some((c) => c.reading === null)) expect(negative.has(b.id), `${b.id} negative`).toBe(true);
    }
  });
});
