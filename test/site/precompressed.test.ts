/**
 * The build's pre-compressed files (scripts/precompress.ts): every text file of dist/, and each of Pagefind's files
 * (stored decompressed, scripts/pagefind-decompress.ts), has a .br and a .gz beside it that decode to exactly its
 * bytes, so a host serving them as they are (deploy/xcgjn-site.conf) serves the same site. And the build's
 * dist/_headers caches as deploy/xcgjn-site.conf does (test/site/headers.test.ts checks its security headers).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../browser/harness';
import { parseHeadersFile } from '../../scripts/static-server.ts';

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest|wasm)$/;
const PAGEFIND = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const all = files(distDir);
const present = new Set(all);
const text = all.filter((f) => TEXT.test(f));
const pagefind = all.filter((f) => PAGEFIND.test(f));

describe('pre-compressed files in dist/', () => {
  it('the site has text files of every kind a browser fetches', () => {
    const kinds = new Set(text.map((f) => extname(f)));
    for (const k of ['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']) expect(kinds, k).toContain(k);
  });

  it("Pagefind's files are stored decompressed: each starts with the signature pagefind.js reads as such", () => {
    const kinds = new Set(pagefind.map((f) => extname(f)));
    for (const k of ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment']) expect(kinds, k).toContain(k);
    // pagefind.js inflates a file in JavaScript unless it starts with "pagefind_dcd" (its gzip files all do, inside)
    const packed = pagefind.filter((f) => readFileSync(f).subarray(0, 12).toString() !== 'pagefind_dcd');
    expect(packed.map((f) => relative(distDir, f))).toEqual([]);
  });

  it('every text file and Pagefind file has a .br and a .gz beside it that decode to its exact bytes', () => {
    const wrong: string[] = [];
    for (const f of [...text, ...pagefind]) {
      const body = readFileSync(f);
      const name = relative(distDir, f);
      if (!present.has(`${f}.br`) || !brotliDecompressSync(readFileSync(`${f}.br`)).equals(body))
        wrong.push(`${name}.br`);
      if (!present.has(`${f}.gz`) || !gunzipSync(readFileSync(`${f}.gz`)).equals(body)) wrong.push(`${name}.gz`);
    }
    expect(wrong).toEqual([]);
  });

  it('no compressed copy is left without its file (a stale one from an earlier build)', () => {
    const orphans = all
      .filter((f) => /\.(br|gz)$/.test(f) && !present.has(f.replace(/\.(br|gz)$/, '')))
      .map((f) => relative(distDir, f));
    expect(orphans).toEqual([]);
  });
});

describe('_headers for static hosts', () => {
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  it('caches the hashed assets for a year as immutable', () => {
    for (const path of ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*']) {
      expect(headers).toContain(`${path}\n  Cache-Control: public, max-age=31536000, immutable`);
    }
  });
  it("caches Pagefind's stable names for five minutes, as deploy/xcgjn-site.conf does (the header search prefetches them)", () => {
    const match = parseHeadersFile(headers);
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind', 'pagefind.zh-cn_0a1b2c.pf_meta'])
      expect(match(`/pagefind/${file}`)['cache-control'], file).toBe('public, max-age=300, must-revalidate');
    expect(match('/measure/2/')['cache-control']).toBeUndefined();
  });
});
