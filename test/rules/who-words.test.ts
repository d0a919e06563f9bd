/**
 * Who-words are the article's: a benefit's `audience.who` travels with its amount to the poster, /tu/, the picture,
 * the amounts table and /api/rules.json, where no condition is shown beside it. So it may not state, as if the
 * article said it, a condition that is only the site's reading (第十五条: “创业” is not written as a condition of the
 * startup supports; the article says 技工院校高级工班、预备技师（技师）班毕业生“按有关规定享受促进就业创业政策”).
 */
import { describe, expect, it } from 'vitest';
import { benefitCatalog } from '../../src/rules';

describe('who-words state no reading as the article’s', () => {
  it.each(benefitCatalog.filter((b) => b.amount !== null).map((b) => [b.id, b] as const))('%s', (_id, b) => {
    for (const c of b.conditions) {
      if (c.reading === null) continue;
      const unlabelled = b.audience.who.includes(c.text) && !b.audience.who.includes('本站理解');
      expect(unlabelled, `“${c.text}” (a reading) in “${b.audience.who}”`).toBe(false);
    }
  });

  it('第十五条’s startup supports are for the graduates the article names', () => {
    for (const id of ['startup-subsidy', 'startup-guaranteed-loan', 'startup-project-support'])
      expect(benefitCatalog.find((b) => b.id === id)?.audience.who).toBe('技工院校高级工班、预备技师（技师）班毕业生');
  });
});
