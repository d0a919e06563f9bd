/**
 * No user input reaches HTML parsing: src/ and content/ never write HTML strings into the DOM, and set:html is used
 * only for build-time constants.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('no user input reaches HTML parsing (source check)', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs|jsx|astro|mdx)$/.test(name)) files.push(path);
    }
  };
  walk('src');
  walk('content');

  it('src/ and content/ never write HTML strings into the DOM', () => {
    const sinks =
      /\.innerHTML\s*[+]?=|\.outerHTML\s*[+]?=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|\beval\s*\(|new Function\s*\(/;
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => (sinks.test(line) ? `${relative('.', f)}:${i + 1}: ${line.trim()}` : null))
        .filter((x): x is string => x !== null),
    );
    expect(found).toEqual([]);
  });

  it('set:html is used only for build-time constants: the reading-mode script, JSON-LD data blocks and the calculators’ stylesheet', () => {
    const allowed = [
      /<script is:inline set:html=\{source\}/,
      /<script type="application\/ld\+json" set:html=/,
      // src/styles/widgets.css as built (`?inline`), on the article pages with a calculator (src/pages/measure/[n].astro)
      /<style is:inline data-to-head set:html=\{widgetsCss\} \/>/,
    ];
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) =>
          /set:html/.test(line) && !allowed.some((a) => a.test(line))
            ? `${relative('.', f)}:${i + 1}: ${line.trim()}`
            : null,
        )
        .filter((x): x is string => x !== null),
    );
    expect(found).toEqual([]);
  });
});
