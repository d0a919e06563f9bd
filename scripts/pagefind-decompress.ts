// Pagefind's own files (its WebAssembly, metadata, index chunks, fragments and filters) stored decompressed, so that
// the browser decodes them natively from the HTTP response (the .br/.gz beside them, scripts/precompress.ts) instead
// of pagefind.js inflating each one in JavaScript on the main thread. Pagefind writes them gzip-compressed, and their
// content starts with the signature "pagefind_dcd": pagefind.js reads a file that starts with it as already
// decompressed (Pagefind's own handling of servers that decompress them). Measured with `npm run
// bench -- --only header`: the first search from the header went from 283 ms to 153 ms (median of 9).
// Run by the build after Pagefind (src/integrations/site-build.ts); `node scripts/pagefind-decompress.ts [dir]` alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir, filesUnder } from './site-dir.ts';

/** The names of Pagefind's gzip files: wasm.<language>.pagefind and the .pf_* files. */
export const PAGEFIND_FILE_EXTENSIONS = new Set(['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']);
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Whether `bytes` start as a gzip stream does (its magic number, 1f 8b). */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Replaces each of Pagefind's gzip files under `dir`/pagefind with its content. Refuses (throws) a file whose content
 * lacks Pagefind's signature: pagefind.js would then try to inflate it. Returns how many files and bytes before/after.
 */
export function decompressPagefind(dir: string): { files: number; before: number; after: number } {
  let files = 0;
  let before = 0;
  let after = 0;
  for (const file of filesUnder(join(dir, 'pagefind'))) {
    if (!PAGEFIND_FILE_EXTENSIONS.has(extname(file))) continue;
    const body = readFileSync(file);
    if (!isGzip(body)) continue; // decompressed already (a second run)
    const content = gunzipSync(body);
    if (content.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE)
      throw new Error(
        `${file}: no "${PAGEFIND_SIGNATURE}" signature after gunzip; this Pagefind writes another format`,
      );
    writeFileSync(file, content);
    files++;
    before += body.length;
    after += content.length;
  }
  return { files, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? distDir;
  const { files, before, after } = decompressPagefind(dir);
  console.log(
    `Decompressed ${files} Pagefind files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`,
  );
}
