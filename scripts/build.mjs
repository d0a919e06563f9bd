#!/usr/bin/env node
// Builds the site and its Pagefind search index into dist/ (or $DIST_DIR).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from './precompress.mjs';
import { addSearchPreloads } from './search-preloads.mjs';
import { distDir } from './site-dir.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const started = performance.now();
execFileSync(bin('astro'), ['build', '--outDir', distDir], { stdio: 'inherit' });
execFileSync(bin('pagefind'), ['--site', distDir], { stdio: 'inherit' });
addSearchPreloads(distDir);
// .br and .gz beside every text file, for hosts that serve them as they are (deploy/nginx.conf)
const packed = precompress(distDir);
console.log(`Pre-compressed ${packed.files} text files (.br, .gz)`);
writeFileSync(join(distDir, '.build-stamp'), new Date().toISOString());
console.log(`Built ${distDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
