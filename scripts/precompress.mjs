// Pre-compressed copies for real hosts: every text file in the built site, and Pagefind's files (stored decompressed,
// scripts/pagefind-decompress.mjs), gets a .br (brotli, quality 11) and a .gz (gzip -9) beside it, so nginx
// (gzip_static, brotli_static) or a CDN can serve them as they are instead of compressing each response. Run by
// scripts/build.mjs after Pagefind; `node scripts/precompress.mjs [dir]` alone.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PAGEFIND_FILE_EXTENSIONS } from './pagefind-decompress.mjs';
import { distDir, filesUnder } from './site-dir.mjs';

/**
 * Files a browser fetches that compress: text, and Pagefind's files. Images (png) and fonts (woff2) are compressed
 * already. Also what scripts/static-server.mjs gzips, as a CDN would.
 */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  ...PAGEFIND_FILE_EXTENSIONS,
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.wasm',
]);

/**
 * Writes file.br and file.gz beside each compressible file of `dir` (replacing older ones). Returns how many files and
 * bytes.
 */
export function precompress(dir) {
  let files = 0;
  let raw = 0;
  let br = 0;
  for (const file of filesUnder(dir)) {
    // a copy whose file an earlier build had and this one has not
    if (
      /\.(br|gz)$/.test(file) &&
      COMPRESSIBLE_EXTENSIONS.has(extname(file.slice(0, -3))) &&
      !existsSync(file.slice(0, -3))
    )
      rmSync(file);
    if (!COMPRESSIBLE_EXTENSIONS.has(extname(file))) continue;
    const body = readFileSync(file);
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
    writeFileSync(`${file}.br`, brotli);
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    files++;
    raw += body.length;
    br += brotli.length;
  }
  return { files, raw, br };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? distDir;
  const { files, raw, br } = precompress(dir);
  console.log(
    `Pre-compressed ${files} files in ${dir}: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli`,
  );
}
