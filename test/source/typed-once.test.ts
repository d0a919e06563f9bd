/**
 * Typed once: the routes other layers link to live in src/rules/routes.ts, and the hotline in src/rules/worked.ts.
 * Every other source file builds an article or calculator link with the route helpers and takes the number from
 * the constant; a hand-typed `/measure/${n}/`, `/measure/#art-…` or `/calculators/${name}/`, or a typed 12333,
 * fails here with its file and line.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, ROOT } from './reader-strings';

/** The source files: everything under src/ but its documentation, the scripts and the Astro config. */
const sources = [
  ...files(ROOT + 'src', /\.(ts|tsx|astro|mjs|js|css)$/),
  ...files(ROOT + 'scripts', /\.(ts|mjs|js)$/),
  ROOT + 'astro.config.mjs',
].map((path) => relative(ROOT, path));

/** Lines of the files (other than `except`) that match `pattern`, as “file:line: text”. */
function typed(pattern: RegExp, except: string, within: readonly string[]): string[] {
  return within
    .filter((file) => file !== except)
    .flatMap((file) =>
      readFileSync(ROOT + file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

/** The tests and the configuration besides: comments there point to files too. */
const everything = [...sources, ...files(ROOT + 'test', /\.(ts|tsx)$/).map((path) => relative(ROOT, path))];

describe('nothing typed twice', () => {
  it('scans the sources', () => {
    expect(sources).toContain('src/rules/routes.ts');
    expect(sources).toContain('src/widgets/Checker.tsx');
    expect(sources.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20);
  });

  it('article and calculator links come from src/rules/routes.ts (articlePath, articleInFullTextPath, calculatorPath…)', () => {
    expect(typed(/(?<![\w/.])\/(measure\/(#(art|ch)-)?|calculators\/)\$\{/, 'src/rules/routes.ts', sources)).toEqual(
      [],
    );
  });

  it('the hotline comes from src/rules/worked.ts (HOTLINE, ASK_OFFICIALS; contact.ts composes the rest from them)', () => {
    const underSrc = sources.filter((f) => f.startsWith('src/'));
    expect(typed(/12333/, 'src/rules/worked.ts', underSrc)).toEqual([]);
  });
});

describe('comments point to files in the repository', () => {
  it('no comment or test name cites a specification or an issue number that is not in the repository', () => {
    // spelled in two pieces so that this file does not match itself
    const outside = new RegExp(`\\b(${'SP'}EC\\b|${'iss'}ue [0-9]+)`, 'i');
    expect(typed(outside, '', everything)).toEqual([]);
  });
});
