/**
 * The checklist “add a calculator” in src/rules/README.md names exactly the files a calculator lives in. Read against
 * the registry (src/components/calculators.ts), both ways: for every calculator each listed file exists (and the
 * files that must name it do), and no file under src/ or content/measure/ names a calculator or its widget unless the
 * checklist lists it (or its optional line does): not an article's MDX (its page embeds it from the registry), not a
 * hand-written island script (src/integrations/calculator-islands.ts derives them). A calculator that needs one more
 * file makes this fail until the checklist says so.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorNames, calculators } from '../../src/components/calculators';
import { articleLabel } from '../../src/rules';
import { calculatorIslands } from '../../src/integrations/calculator-islands';

const README = readFileSync('src/rules/README.md', 'utf8');

/** The backticked paths between `<!-- checklist:<id> -->` and the next `<!-- /checklist -->`. */
function checklist(id: string): string[] {
  const start = README.indexOf(`<!-- checklist:${id} -->`);
  const end = README.indexOf('<!-- /checklist -->', start);
  if (start < 0 || end < 0) throw new Error(`src/rules/README.md has no checklist “${id}”`);
  return [...README.slice(start, end).matchAll(/`((?:src|content|test)\/[^`\s]+)`/g)].map((m) => m[1]!);
}

/** The widget of a calculator, by the file its island is derived from (src/integrations/calculator-islands.ts). */
function widgetOf(name: string): string {
  const widget = calculatorIslands().find((i) => i.name === name)?.widget;
  if (widget === undefined) throw new Error(`${name}: no widget src/widgets/<Name>Calculator.tsx`);
  return widget;
}

const expand = (path: string, name: string) =>
  path
    .replaceAll('NN', String(calculators[name as keyof typeof calculators].article).padStart(2, '0'))
    .replaceAll('<name>', name)
    .replaceAll('<Widget>', widgetOf(name));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The article folders that declare benefits (articles/NN/benefits.ts). */
const articlesWithBenefits = readdirSync('src/rules/articles').filter(
  (a) => statSync(`src/rules/articles/${a}/benefits.ts`, { throwIfNoEntry: false })?.isFile() ?? false,
);

const listed = checklist('add-calculator');
const optional = checklist('optional');
const sources = [...files('src'), ...files('content/measure')].filter((f) => /\.(ts|tsx|astro|mdx)$/.test(f));

describe('src/rules/README.md “add a calculator” against the registry', () => {
  it('the checklist names at most four files, its test included', () => {
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(4);
  });

  // the checklist's first file needs no export line: every article that grants something has its rules.ts, and its
  // index.ts (the article's one module) exports it already
  it.each(articlesWithBenefits)('articles/%s: has rules.ts, and its index.ts exports it', (article) => {
    expect(statSync(`src/rules/articles/${article}/rules.ts`, { throwIfNoEntry: false })?.isFile()).toBe(true);
    expect(readFileSync(`src/rules/articles/${article}/index.ts`, 'utf8')).toContain(`export * from './rules';`);
  });

  it.each(calculatorNames)('%s: every file the checklist names exists', (name) => {
    for (const path of listed)
      expect(statSync(expand(path, name), { throwIfNoEntry: false })?.isFile(), path).toBe(true);
  });

  it.each(calculatorNames)(
    "%s: the registry names it, its article's rules have its formula, its test compares it",
    (name) => {
      const mentions = (path: string) => readFileSync(expand(path, name), 'utf8');
      expect(mentions('src/components/calculators.ts')).toContain(`name: '${name}'`);
      // the article's rules have a formula: a function that parses its input fields
      expect(mentions('src/rules/articles/NN/rules.ts')).toMatch(/\bparseFields\(/);
      // the property test has a case for the calculator's article
      const article = articleLabel(calculators[name].article);
      expect(mentions('test/rules/calculator-checker.test.ts')).toMatch(new RegExp(`it\\('${article} `));
    },
  );

  it.each(calculatorNames)('%s: no file outside the checklist names it or its widget', (name) => {
    const widget = widgetOf(name);
    const allowed = new Set([...listed, ...optional].map((p) => expand(p, name)));
    const naming = sources.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text.includes(widget) || new RegExp(`(name=|calculator: |hydrateIslands\\()["']${name}["']`).test(text);
    });
    expect(naming.filter((f) => !allowed.has(f))).toEqual([]);
  });
});
