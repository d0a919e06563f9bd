/**
 * A share card (/og/N.png) carries the article's summary away from its page: where the summary states an amount,
 * the card carries who it is for (the summary's own words, quoting the article) and why it is not yet certain (the
 * benefit's deferral words). Expected words typed from the measure: 第六条 and 第八条 do not say who receives the
 * money; 第十三条's awards and 第五条's deduction rate are not deferred.
 */
import { describe, expect, it } from 'vitest';
import { articleShareCard } from '../../src/lib/share';
import { readMdxArticle } from '../content/mdx-files';

const card = (n: number) => {
  const data = readMdxArticle(`${String(n).padStart(2, '0')}.mdx`).frontmatter as { title: string; summary: string };
  const c = articleShareCard({
    article: n,
    title: data.title,
    summary: data.summary,
    chapter: { number: 1, title: '' },
  });
  return [c.subtitle, c.note ?? ''].join('').replace(/\s+/g, '');
};

/** The articles whose summaries state an amount, and the words each card must carry beside it. */
const expected: Record<number, { who: string[]; deferred: string[] }> = {
  5: { who: ['企业', '职工教育经费'], deferred: [] },
  6: { who: ['新培养技师、高级技师和高级技师岗位技能提升培训', '技师项目培训补贴'], deferred: ['还需确认', '发给谁'] },
  8: { who: ['新认定的市级技能大师工作室'], deferred: ['还需确认', '发给谁'] },
  13: { who: ['获得第一名、第二名、第三名和优胜奖的选手'], deferred: [] },
};

describe('share cards: an amount with its who-words and its deferral words', () => {
  it.each(Object.entries(expected))('第%s条', (n, { who, deferred }) => {
    const text = card(Number(n));
    for (const w of [...who, ...deferred]) expect(text, w).toContain(w);
    if (deferred.length === 0) expect(text).not.toContain('还需确认');
  });

  it('no other card states an amount in 元 or a rate (else it would need its words here)', () => {
    const stating = Array.from({ length: 20 }, (_, i) => i + 1).filter((n) => /\d\s*(万?元|%)/.test(card(n)));
    expect(stating).toEqual(Object.keys(expected).map(Number));
  });
});
