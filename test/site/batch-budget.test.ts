/**
 * The byte budget (README.md, Budgets and checks): /batch/'s first load within the article-with-calculator budget (half the peer's article page), read from
 * dist/ as check-budget.test.ts reads /check/'s; and its spreadsheet libraries, its worker and the rules come only
 * with the first file, paste or download (dynamic imports in the worker), never with /batch/ or any other page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRoutes, distDir } from './built';
import { HALF_PEER_BUDGET_BYTES, STATIC_IMPORT, firstLoad, headerBytes } from './first-load';

const assets = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
const worker = assets.find((f) => f.startsWith('batch-worker'));
const LIBRARIES = /^(xlsx|papaparse)/;
/** What each library's code carries wherever the bundler puts it: Papa Parse's API, SheetJS's name. */
const LIBRARY_CODE = /BAD_DELIMITERS|SheetJS/;
/** The scripts of a first load whose code holds a spreadsheet library. */
const withLibraryCode = (files: Map<string, number>) =>
  [...files.keys()].filter((p) => p.endsWith('.js') && LIBRARY_CODE.test(readFileSync(join(distDir, p), 'utf8')));

describe('/batch/ first-load bytes (README.md, Budgets and checks)', () => {
  const files = firstLoad('/batch/');
  const total =
    [...files.values()].reduce((a, b) => a + b, 0) +
    [...files.keys()].reduce((sum, path) => sum + headerBytes(path), 0);

  it(`all bytes, headers included, are at most half the peer's article page (${HALF_PEER_BUDGET_BYTES} bytes)`, () => {
    expect(total, [...files].map(([p, n]) => `${n} ${p}`).join('\n')).toBeLessThanOrEqual(HALF_PEER_BUDGET_BYTES);
  });

  it('the first load has neither the worker nor a spreadsheet library', () => {
    const names = [...files.keys()].map((p) => p.split('/').pop() ?? '');
    expect(names.some((n) => n.startsWith('BatchIsland.astro_astro_type_script'))).toBe(true);
    expect(names.filter((n) => LIBRARIES.test(n) || n.startsWith('batch-worker'))).toEqual([]);
    expect(withLibraryCode(files)).toEqual([]);
  });

  it('the worker imports Papa Parse and SheetJS dynamically, not statically', () => {
    expect(worker).toBeDefined();
    const code = readFileSync(join(distDir, '_astro', worker!), 'utf8');
    const dynamic = [...code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
    expect(dynamic.some((f) => f.startsWith('xlsx'))).toBe(true);
    expect(dynamic.some((f) => f.startsWith('papaparse'))).toBe(true);
    const statics = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!.slice(2));
    expect(statics.filter((f) => LIBRARIES.test(f))).toEqual([]);
  });
});

describe('no other page loads the batch code', () => {
  it.each(builtRoutes().filter((r) => r !== '/batch/' && !r.endsWith('.html')))('%s', (route) => {
    const names = [...firstLoad(route).keys()].map((p) => p.split('/').pop() ?? '');
    expect(
      names.filter((n) => LIBRARIES.test(n) || n.startsWith('batch-worker') || n.startsWith('BatchIsland')),
    ).toEqual([]);
  });
});
