/**
 * /examples/ as built: every hand-written example (content/examples/examples.yaml) with its profile, the results it
 * is about (the yaml's expected 可以享受 and 还需确认, each with its conditions and the article's words) and, in a list that
 * opens, every other benefit of its kind as 暂不符合 with its reason. The expected ids come from the yaml, written by a
 * person, not from the rules module that renders the page.
 */
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/lib/examples';
import { builtDocument } from './built';

const examples = loadExamples();
const doc = () => builtDocument('/examples/');

describe('/examples/', () => {
  it('lists every example in its contents, each linking to its card', () => {
    const links = [...doc().querySelectorAll('nav[aria-label="示例目录"] a[href^="#example-"]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(examples.map((e) => `#example-${e.id}`)),
    );
    expect(links).toHaveLength(examples.length);
  });

  it.each(examples.map((e) => [e.id, e] as const))(
    '%s: the profile, the results with conditions, the rest',
    (id, e) => {
      const card = doc().getElementById(`example-${id}`);
      expect(card, `card for ${id}`).not.toBeNull();
      expect(card!.querySelector('h3')?.textContent).toBe(e.title);
      expect(card!.querySelectorAll('.example-profile dt').length).toBeGreaterThan(0);

      const shown = [...card!.querySelectorAll('.example-results > li')];
      const status = (li: Element) => li.getAttribute('data-status');
      expect(shown.filter((li) => status(li) === 'eligible').map((li) => li.getAttribute('data-benefit'))).toEqual(
        expect.arrayContaining(e.expected.eligible),
      );
      expect(
        shown.filter((li) => status(li) === 'needs-confirmation').map((li) => li.getAttribute('data-benefit')),
      ).toEqual(expect.arrayContaining(e.expected.needsConfirmation));
      expect(shown).toHaveLength(e.expected.eligible.length + e.expected.needsConfirmation.length);
      for (const li of shown) {
        const conditions = li.querySelector('details.conditions');
        if (conditions) expect(conditions.querySelector('summary')?.textContent).toMatch(/满足 \d+\/\d+ 项条件/);
        expect(li.querySelector('a[href^="/measure/"]')).not.toBeNull();
      }

      // the rest: one line each, 暂不符合, with its reason and the article it rests on
      const rest = [...card!.querySelectorAll('details.example-rest li')];
      for (const li of rest) {
        expect(status(li)).toBe('not-eligible');
        expect(li.querySelector('a[href^="/measure/"]')).not.toBeNull();
        expect(li.textContent!.split('：')[1]?.trim().length ?? 0).toBeGreaterThan(4);
      }
      if (rest.length > 0) {
        expect(card!.querySelector('details.example-rest summary')?.textContent).toBe(`暂不符合的 ${rest.length} 项`);
      }
      expect(card!.querySelector('.example-why')?.textContent).toContain(e.explanation);
    },
  );

  it('stays a page a phone can draw: under 6,000 elements (it had 10,441 when every result showed its conditions)', () => {
    expect(doc().querySelectorAll('*').length).toBeLessThan(6000);
  });
});
