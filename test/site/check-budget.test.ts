/**
 * SPEC §8: /check/ at most half the peer's article page in all first-load bytes (issue 17). `npm run bench` measures
 * both sites in a browser; this reads the same bytes from dist/, exactly: the page and every file it loads before the
 * reader does anything (its module scripts, their modulepreloads and static imports, stylesheets, the icon), each
 * compressed as scripts/static-server.ts serves it. The checker itself (Preact, the rules, the result view) is a
 * dynamic import fired on the reader's first move or by a link that carries answers (checker-loader.ts), so it is not
 * part of the first load, and this test checks that it stays out, and that it carries no zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from './built';
import { OFFICIAL_WORDS_PATH } from '../../src/widgets/Checker';
import { officialArticle } from '../../src/lib/document';
import { parseHeadersFile } from '../../scripts/static-server.ts';

/**
 * The peer's article page (../shared/peer-starlight/, /ch3/art-06/), all bytes of one cold load as `npm run bench`
 * measured it: 48.1 KB on 2026-12-02 (issue 17), 50.4 KB in the run of this change. SPEC §8 states the budget as a
 * ratio, not this figure; the lower measurement is kept, so the budget here is the stricter one.
 */
const PEER_ARTICLE_PAGE_BYTES = Math.round(48.1 * 1024);
/** SPEC §8: /check/ ≤ 0.5 × the peer's article page. */
const CHECK_BUDGET_BYTES = Math.floor(0.5 * PEER_ARTICLE_PAGE_BYTES);
/**
 * The bench counts HTTP response headers too: about 280 bytes a response from scripts/static-server.ts, plus the
 * headers dist/_headers gives that path (a page's own CSP, HSTS, COOP and Permissions-Policy: about 2 KB).
 */
const HEADER_BYTES_PER_RESPONSE = 280;
const headersOf = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const headerBytes = (path: string) =>
  HEADER_BYTES_PER_RESPONSE +
  Object.entries(headersOf(path)).reduce(
    (sum, [name, value]) => sum + name.length + 2 + Buffer.byteLength(value) + 2,
    0,
  );

const TEMPLATE = /<template\b[\s\S]*?<\/template>/gi;
const ASSET_REFERENCES = [
  /<script\b[^>]*\bsrc="([^"]+)"/gi,
  /<link\b[^>]*\brel="(?:modulepreload|stylesheet|icon|preload)"[^>]*\bhref="([^"]+)"/gi,
];
/** A static import in a minified module: `import{a as b}from"./x.js"`, `import"./x.js"` (not `import(`). */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;

/** The page and every file it loads before the reader's first move, site path → gzip bytes. */
function firstLoad(route: string): Map<string, number> {
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
  const out = new Map<string, number>([[route, gz(join(distDir, route, 'index.html'))]]);
  const visit = (path: string) => {
    if (out.has(path) || !path.startsWith('/')) return;
    const file = join(distDir, path);
    expect(existsSync(file), `${route} loads ${path}`).toBe(true);
    out.set(path, gz(file));
    if (!path.endsWith('.js')) return;
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(dir + m[1]!.slice(2));
  };
  const markup = html.replace(TEMPLATE, '');
  for (const pattern of ASSET_REFERENCES) for (const m of markup.matchAll(pattern)) visit(m[1]!);
  return out;
}

describe('/check/ first-load bytes (SPEC §8)', () => {
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
