/**
 * Each calculator is declared once, in the registry (src/components/calculators.ts); what Astro
 * needs beside it is checked here. Astro bundles each component's <script> on its own, so each calculator keeps one
 * island script, src/components/islands/calculators/<name>.astro (Calculator.astro finds it by name): there is one for
 * every entry and none without an entry, and each hydrates its own name with the registry's widget. Each calculator is
 * embedded in its own article's page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculatorList, calculatorNames, calculators } from '../../src/components/calculators';
import { officialArticle } from '../../src/lib/document';
import { benefitById } from '../../src/rules';

const ISLANDS = 'src/components/islands/calculators';
const islandFiles = readdirSync(ISLANDS).filter((f) => f.endsWith('.astro'));

describe('the calculator registry', () => {
  it('names are unique and are what the registry keys them by', () => {
    expect(new Set(calculatorNames).size).toBe(calculatorNames.length);
    for (const name of calculatorNames) expect(calculators[name].name).toBe(name);
    expect(calculatorList.map((c) => c.article)).toEqual(
      [...calculatorList.map((c) => c.article)].sort((a, b) => a - b),
    );
  });

  it('every entry has its island script, and every island script has its entry', () => {
    expect(islandFiles.map((f) => f.replace(/\.astro$/, '')).sort()).toEqual([...calculatorNames].sort());
  });

  it.each(calculatorNames)('%s: its island script hydrates that name with the registry’s widget', async (name) => {
    const source = readFileSync(join(ISLANDS, `${name}.astro`), 'utf8');
    expect(source).toContain(`hydrateIslands('${name}', Widget);`);
    const widget = /import Widget from '\.\.\/\.\.\/\.\.\/widgets\/([A-Za-z]+)';/.exec(source)?.[1];
    expect(widget).toBeDefined();
    const module = (await import(`../../src/widgets/${widget}.tsx`)) as { default: unknown };
    expect(module.default).toBe(calculators[name].widget);
  });

  it.each(calculatorNames)('%s: its article exists and its page embeds it', (name) => {
    const { article } = calculators[name];
    expect(officialArticle(article).label).toMatch(/^第.+条$/);
    const mdx = readFileSync(`content/measure/${String(article).padStart(2, '0')}.mdx`, 'utf8');
    expect(mdx).toContain(`<Calculator name="${name}" />`);
  });

  it.each(calculatorNames)('%s: names benefits of its own article, each compared with the checker', (name) => {
    const { article, benefits } = calculators[name];
    expect(benefits.length).toBeGreaterThan(0);
    const property = readFileSync('test/rules/calculator-checker.test.ts', 'utf8');
    for (const id of benefits) {
      expect(benefitById(id).articles, id).toContain(article);
      expect(property, `test/rules/calculator-checker.test.ts compares ${id}`).toContain(`'${id}'`);
    }
  });

  it.each(calculatorNames)('%s: its no-JavaScript table has rows, and every row a cell per heading', (name) => {
    const table = calculators[name].table();
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) expect(row).toHaveLength(table.head.length);
  });
});
