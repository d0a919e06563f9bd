/**
 * Each calculator is declared once, in the registry (src/components/calculators.ts); what Astro
 * needs beside it is checked here. Astro bundles each component's <script> on its own, so each calculator has one
 * island component, derived from its entry (src/integrations/calculator-islands.ts reads the registry's source): there is
 * one for every entry and none without an entry, and each hydrates its own name with the registry's widget. Each calculator's article has a page, which embeds it from the registry (src/pages/measure/[n].astro).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calculatorList, calculatorNames, calculators } from '../../src/components/calculators';
import { officialArticle } from '../../src/lib/document';
import { benefitById } from '../../src/rules';
import { calculatorIslands, islandSource } from '../../src/integrations/calculator-islands';

const islands = calculatorIslands();

describe('the calculator registry', () => {
  it('names are unique and are what the registry keys them by', () => {
    expect(new Set(calculatorNames).size).toBe(calculatorNames.length);
    for (const name of calculatorNames) expect(calculators[name].name).toBe(name);
    expect(calculatorList.map((c) => c.article)).toEqual(
      [...calculatorList.map((c) => c.article)].sort((a, b) => a - b),
    );
  });

  it('the islands are read from the registry’s source: one for every entry, in its order, and no other', () => {
    expect(islands.map((i) => i.name)).toEqual([...calculatorNames]);
  });

  it.each(calculatorNames)('%s: its island hydrates that name with the registry’s widget', async (name) => {
    const island = islands.find((i) => i.name === name);
    if (!island) throw new Error(`${name}: no island`);
    const source = islandSource(name, island.widget);
    expect(source).toContain(`hydrateIslands('${name}', Widget);`);
    expect(source).toContain(`import Widget from '../../../widgets/${island.widget}';`);
    const module = (await import(`../../src/widgets/${island.widget}.tsx`)) as { default: unknown };
    expect(module.default).toBe(calculators[name].widget);
  });

  it.each(calculatorNames)('%s: its article exists and has a page (which embeds its calculators)', (name) => {
    const { article } = calculators[name];
    expect(officialArticle(article).label).toMatch(/^第.+条$/);
    expect(existsSync(`content/measure/${String(article).padStart(2, '0')}.mdx`)).toBe(true);
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
