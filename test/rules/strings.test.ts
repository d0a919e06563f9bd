/**
 * The strings of src/rules/ state no figure: every amount, rate, count and period is rendered from its parameter
 * (parameters/ is the one place the figures and their quotes are written). Allowed: article numbers (第十一条), dates
 * and document numbers (财税〔2018〕51号), the 12333 hotline, and years in dates. And the register is 您: no 你 in the
 * strings of src/rules/ or src/widgets/.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, readerStrings, ROOT, statedFigure } from '../source/reader-strings';

/**
 * articles/NN/parameters.ts states the figures (once, with their quotes); parse/ words input syntax (“例如 4000 或
 * 1.5万”, the largest number accepted), which are examples of typing, not figures of the measure.
 */
const rulesFiles = files(join(ROOT, 'src/rules')).filter(
  (p) => !/\/articles\/\d+\/parameters\.ts$/.test(p) && !p.includes('/parse/'),
);

describe('src/rules 的字符串里没有写死的数字', () => {
  it.each(rulesFiles.map((p) => [relative(ROOT, p), p] as const))('%s', async (_name, path) => {
    const bad = (await readerStrings(path))
      .map((s) => ({ ...s, bad: statedFigure(s.text) }))
      .filter((s) => s.bad !== undefined)
      .map((s) => `${s.line}: ${s.text}`);
    expect(bad).toEqual([]);
  });
});

describe('称呼读者用“您”', () => {
  const all = [...files(join(ROOT, 'src/rules')), ...files(join(ROOT, 'src/widgets'))];
  it.each(all.map((p) => [relative(ROOT, p), p] as const))('%s', async (_name, path) => {
    const bad = (await readerStrings(path))
      .filter((s) => /你/.test(s.text.replace(/您/g, '')))
      .map((s) => `${s.line}: ${s.text}`);
    expect(bad).toEqual([]);
  });
});
