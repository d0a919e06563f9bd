// Pre-compressed copies for real hosts: every text file in the built site, and Pagefind's files (stored decompressed,
// scripts/pagefind-decompress.ts), gets a .br (brotli, quality 11) and a .gz (gzip -9) beside it, so nginx
// (gzip_static, brotli_static) or a CDN can serve them as they are instead of compressing each response. Run by
// the build last (src/integrations/site-build.ts); `node scripts/precompress.ts [dir]` alone.
import { existsSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { PAGEFIND_FILE_EXTENSIONS } from './pagefind-decompress.ts';
import { distDir, filesUnder } from './site-dir.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Files a browser fetches that compress: text, and Pagefind's files. Images (png) and fonts (woff2) are compressed
 * already. Also what scripts/static-server.ts gzips, as a CDN would.
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
 * bytes. Asynchronous so that zlib's thread pool compresses on every core: brotli at quality 11 is most of the time.
 */
export async function precompress(dir: string): Promise<{ files: number; raw: number; br: number }> {
  const compressible: string[] = [];
  for (const file of filesUnder(dir)) {
    // a copy whose file an earlier build had and this one has not
    if (
      /\.(br|gz)$/.test(file) &&
      COMPRESSIBLE_EXTENSIONS.has(extname(file.slice(0, -3))) &&
      !existsSync(file.slice(0, -3))
    )
      rmSync(file);
    if (COMPRESSIBLE_EXTENSIONS.has(extname(file))) compressible.push(file);
  }
  const sizes = await Promise.all(
    compressible.map(async (file) => {
      const body = await readFile(file);
      const [brotli, gzipped] = await Promise.all([
        brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipAsync(body, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${file}.br`, brotli), writeFile(`${file}.gz`, gzipped)]);
      return { raw: body.length, br: brotli.length };
    }),
  );
  return {
    files: sizes.length,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    br: sizes.reduce((sum, s) => sum + s.br, 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? distDir;
  const { files, raw, br } = await precompress(dir);
  console.log(
    `Pre-compressed ${files} files in ${dir}: ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli`,
  );
}
