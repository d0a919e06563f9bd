#!/usr/bin/env node
// Builds the site and its Pagefind search index into dist/ (or $DIST_DIR).
//
// Addresses (README "Deploying"): SITE_URL is the public origin the site will be served at. Without it the build is a
// preview (tests, CI): relative addresses only, no sitemap, no QR codes. A production build (`--production`, or
// BUILD_MODE=production) refuses to run without a valid SITE_URL.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decompressPagefind } from './pagefind-decompress.mjs';
import { precompress } from './precompress.mjs';
import { addSearchPreloads } from './search-preloads.mjs';
import { distDir } from './site-dir.mjs';
import { checkSiteUrl } from './site-url.mjs';

const production = process.argv.includes('--production') || process.env.BUILD_MODE === 'production';
const problem = checkSiteUrl(process.env.SITE_URL, production);
if (problem) {
  console.error(problem);
  process.exit(1);
}
console.log(
  process.env.SITE_URL
    ? `Building for ${process.env.SITE_URL}`
    : 'Preview build: no SITE_URL, so relative addresses only (see README "Deploying")',
);

const bin = (name) => join('node_modules', '.bin', name);
const started = performance.now();
execFileSync(bin('astro'), ['build', '--outDir', distDir], { stdio: 'inherit' });
execFileSync(bin('pagefind'), ['--site', distDir], { stdio: 'inherit' });
addSearchPreloads(distDir);
// Pagefind's files decompressed on disk, so that the browser decodes them from the HTTP response, not pagefind.js
const unpacked = decompressPagefind(distDir);
// .br and .gz beside every text file and Pagefind file, for hosts that serve them as they are (deploy/nginx.conf)
const packed = await precompress(distDir);
console.log(`Decompressed ${unpacked.files} Pagefind files; pre-compressed ${packed.files} files (.br, .gz)`);
writeFileSync(join(distDir, '.build-stamp'), new Date().toISOString());
// which address it was built for: npm test rebuilds a dist/ that `npm start` built for http://127.0.0.1:4321
writeFileSync(join(distDir, '.build-site'), process.env.SITE_URL ?? '');
console.log(`Built ${distDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
