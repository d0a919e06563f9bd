/**
 * The byte budget (README.md, Budgets and checks): /check/ at most half the peer's article page in all first-load bytes. `npm run bench` measures
 * both sites in a browser; this reads the same bytes from dist/, exactly: the page and every file it loads before the
 * reader does anything (its module scripts, their modulepreloads and static imports, stylesheets, the icon), each
 * compressed as scripts/static-server.mjs serves it. The checker itself (Preact, the rules, the result view) is a
 * dynamic import fired on the reader's first move or by a link that carries answers (checker-loader.ts), so it is not
 * part of the first load, and this test checks that it stays out, and that it carries no zod.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './built';
import { HALF_PEER_BUDGET_BYTES as CHECK_BUDGET_BYTES, headerBytes, STATIC_IMPORT, firstLoad } from './first-load';
import { OFFICIAL_WORDS_PATH } from '../../src/widgets/Checker';
import { officialArticle } from '../../src/lib/document';

describe('/check/ first-load bytes (README.md, Budgets and checks)', () => {
  const files = firstLoad('/check/');
  const body = [...files.values()].reduce((a, b) => a + b, 0);
  const total = body + [...files.keys()].reduce((sum, path) => sum + headerBytes(path), 0);

  it(`all bytes, headers included, are at most half the peer's article page (${CHECK_BUDGET_BYTES} bytes)`, () => {
    expect(total, [...files].map(([p, n]) => `${n} ${p}`).join('\n')).toBeLessThanOrEqual(CHECK_BUDGET_BYTES);
  });

  it('the first load is the page and the small loader: Preact and the rules come with the first answer', () => {
    const scripts = [...files.keys()].filter((p) => p.endsWith('.js')).map((p) => p.split('/').pop() ?? '');
    expect(scripts.some((s) => s.startsWith('CheckerIsland.astro_astro_type_script'))).toBe(true);
    expect(scripts.filter((s) => /^(preact|hooks|schemas|checker-main|Checker)\b/.test(s))).toEqual([]);
    // the loader imports the checker dynamically, and that chunk exists
    const loader = [...files.keys()].find((p) => p.includes('/CheckerIsland.astro_astro_type_script'));
    const dynamic = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/.exec(readFileSync(join(distDir, loader!), 'utf8'));
    expect(dynamic?.[1]).toBeDefined();
    expect(files.has(`/_astro/${dynamic![1]!.slice(2)}`)).toBe(false);
  });

  it('the checker, loaded on the first move, ships no zod: it reads its answers with the field parsers of the rules', () => {
    const loader = [...files.keys()].find((p) => p.includes('/CheckerIsland.astro_astro_type_script'))!;
    const dynamic = /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/.exec(readFileSync(join(distDir, loader), 'utf8'));
    const graph = new Set<string>();
    const visit = (name: string) => {
      if (graph.has(name)) return;
      graph.add(name);
      for (const m of readFileSync(join(distDir, '_astro', name), 'utf8').matchAll(STATIC_IMPORT))
        visit(m[1]!.slice(2));
    };
    visit(dynamic![1]!);
    expect(graph.size).toBeGreaterThan(3);
    // every zod schema carries its internals under `_zod`
    expect([...graph].filter((f) => readFileSync(join(distDir, '_astro', f), 'utf8').includes('_zod'))).toEqual([]);
  });

  it('the official words the result cards quote are a file of their own, fetched for a result, not in the page', () => {
    const words = JSON.parse(readFileSync(join(distDir, OFFICIAL_WORDS_PATH), 'utf8')) as Record<string, string>;
    expect(Object.keys(words).map(Number)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    for (const [n, text] of Object.entries(words)) expect(text).toBe(officialArticle(Number(n)).text);
    const html = readFileSync(join(distDir, 'check', 'index.html'), 'utf8');
    expect(html).not.toContain(officialArticle(13).text.slice(0, 40));
  });
});
