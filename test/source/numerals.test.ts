/**
 * The site's own strings state no figure of the measure: widgets, components and pages render every amount, rate,
 * count and period from the rules module (its parameters), as src/rules/ does (test/rules/strings.test.ts). Allowed:
 * article and chapter numbers, dates, document numbers and the 12333 hotline (reader-strings.ts).
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, readerStrings, ROOT, statedFigure } from './reader-strings';

const siteFiles = ['src/widgets', 'src/components', 'src/pages'].flatMap((dir) => files(ROOT + dir, /\.(tsx?|astro)$/));

describe('网站自己的字符串里没有写死的数字（组件、页面、小工具）', () => {
  it('scans the site’s source files', () => {
    expect(siteFiles.filter((p) => p.endsWith('.astro')).length).toBeGreaterThan(20);
    expect(siteFiles.filter((p) => p.endsWith('.tsx')).length).toBeGreaterThan(10);
  });
  it.each(siteFiles.map((p) => [relative(ROOT, p), p] as const))('%s', async (_name, path) => {
    const bad = (await readerStrings(path))
      .map((s) => ({ ...s, bad: statedFigure(s.text) }))
      .filter((s) => s.bad !== undefined)
      .map((s) => `${s.line}: ${s.text.trim()}`);
    expect(bad).toEqual([]);
  });
});

describe('组件和页面称呼读者用“您”', () => {
  const pages = ['src/components', 'src/pages'].flatMap((dir) => files(ROOT + dir, /\.(tsx?|astro)$/));
  it.each(pages.map((p) => [relative(ROOT, p), p] as const))('%s', async (_name, path) => {
    const bad = (await readerStrings(path))
      .filter((s) => /你/.test(s.text.replace(/您/g, '')))
      .map((s) => `${s.line}: ${s.text.trim()}`);
    expect(bad).toEqual([]);
  });
});
