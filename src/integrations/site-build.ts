/**
 * What `astro build` does after Astro has written the pages, so that the framework's own build command (the one static
 * hosts run) makes the whole site. Listed last in astro.config.mjs, so it runs after every other integration has
 * edited the pages. The steps, in this order (each reads what the one before wrote):
 *   1. Pagefind indexes dist/ (`pagefind --site`: the same command a deployer would type);
 *   2. the search preloads, whose file names Pagefind has just chosen (scripts/search-preloads.ts); then each page's
 *      <style> elements joined into one and its CSP cut to its own hashes (page-csp.ts), the last edit of the pages;
 *   3. Pagefind's files decompressed on disk (scripts/pagefind-decompress.ts);
 *   3b. the service worker (scripts/service-worker.ts, Workbox): every file it saves is final by then, the size of
 *       what it saves goes into the pages first, and the steps after it see what it writes;
 *   4. the response headers, from each page's final CSP (_headers, _headers.nginx.conf; headers.ts);
 *   5. pre-compression LAST, so that every file written before it gets its .br and .gz (scripts/precompress.ts);
 *   6. the build stamps that `npm test` reads (scripts/test.ts).
 * And before the build: a production build (BUILD_MODE=production, or `npm run build -- --production`) refuses to run
 * without a valid SITE_URL (scripts/site-url.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { decompressPagefind } from '../../scripts/pagefind-decompress.ts';
import { precompress } from '../../scripts/precompress.ts';
import { addSearchPreloads } from '../../scripts/search-preloads.ts';
import { checkSiteUrl } from '../../scripts/site-url.ts';
import { headersFile, nginxHeaders, pagePolicies } from './headers.ts';
import { ownPolicies } from './page-csp.ts';

/** Files the build writes beside the site for `npm test` (scripts/test.ts): when, and for which address. */
export const BUILD_STAMP = '.build-stamp';
export const BUILD_SITE = '.build-site';

export const isProductionBuild = (argv: readonly string[], env: NodeJS.ProcessEnv): boolean =>
  argv.includes('--production') || env['BUILD_MODE'] === 'production';

/** Pagefind's command-line program as npm installed it in the project (the version package-lock.json pins). */
const pagefindBin = (root: URL): string => fileURLToPath(new URL('node_modules/.bin/pagefind', root));

export default function siteBuild(): AstroIntegration {
  let root = new URL(`file://${process.cwd()}/`);
  return {
    name: 'xc-site-build',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = config.root;
        if (command !== 'build') return;
        const siteUrl = process.env['SITE_URL'] || undefined;
        const problem = checkSiteUrl(siteUrl, isProductionBuild(process.argv, process.env));
        if (problem) {
          // the deployer's mistake, not Astro's: the message alone, no stack trace
          console.error(problem);
          process.exit(1);
        }
        logger.info(
          siteUrl
            ? `building for ${siteUrl}`
            : 'preview build: no SITE_URL, so relative addresses only (see README "Deploying")',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        // 1. the search index
        await promisify(execFile)(process.execPath, [pagefindBin(root), '--site', dist], {
          maxBuffer: 16 * 1024 * 1024,
        });
        // 2. the preloads that name Pagefind's files
        const fragments = addSearchPreloads(dist);
        // … and each page's policy allows its own inline scripts and styles only (Astro's lists the whole site's)
        ownPolicies(dist);
        // 3. Pagefind's files decompressed, so the browser decodes them from the HTTP response, not pagefind.js
        const unpacked = decompressPagefind(dist);
        // 3b. the service worker: before the headers, which read the pages' CSP, and before the compression
        // (the site's version is package.json's, as src/lib/build-info.ts reads it for the pages)
        const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
        // imported here, not at the top: Workbox's build tools (Rollup, Babel) would slow every start of Astro's CLI
        const { writeServiceWorker } = await import('../../scripts/service-worker.ts');
        const offline = await writeServiceWorker(dist, version);
        // 4. the headers, from the pages as they now are
        const pages = pagePolicies(dist);
        writeFileSync(join(dist, '_headers'), headersFile(pages));
        writeFileSync(join(dist, '_headers.nginx.conf'), nginxHeaders(pages));
        // 5. last: .br and .gz beside every text file and Pagefind file written above
        const packed = await precompress(dist);
        // 6. the stamps: which address it was built for (npm start builds for http://127.0.0.1:4321, the tests expect a
        // preview build), and when
        writeFileSync(join(dist, BUILD_SITE), process.env['SITE_URL'] ?? '');
        writeFileSync(join(dist, BUILD_STAMP), new Date().toISOString());
        logger.info(
          `Pagefind indexed the site (${fragments} result fragments preloaded on /search/); decompressed ` +
            `${unpacked.files} Pagefind files; service worker precaching ${offline.files} files (${offline.size} MB ` +
            `gzip); headers for ${pages.length} pages; pre-compressed ${packed.files} ` +
            `files (.br, .gz) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
