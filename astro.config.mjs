// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { minifySync, transformWithOxc } from 'vite';
import sitemap from './src/integrations/sitemap.ts';
import modulePreloads from './src/integrations/module-preloads.ts';
import siteBuild from './src/integrations/site-build.ts';
import calculatorIslands from './src/integrations/calculator-islands.ts';

/** Preact's core and our island bootstrap; the calculators' shared kit (see islandChunks). */
const PREACT = /(node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]|src[\\/]widgets[\\/]island\.ts$)/;
/**
 * The choice parsers: the calculators that offer one choice (第十三、十五条) and the checker use them (第十六条's list of
 * choices is parse/choice-list.ts, in that calculator's own chunk).
 */
const CHOICES = /src[\\/]rules[\\/]parse[\\/]choices\.ts$/;
/**
 * The count parsers (src/rules/parse/counts.ts) with the widgets of the count calculators (第六、八条), which load them
 * anyway: apart from the money parsers, which 第五条's calculator loads, and without a file of their own.
 */
const COUNTS = /src[\\/](rules[\\/]parse[\\/]counts\.ts|widgets[\\/]Counts(Calculator|Result)\.tsx)$/;
/** src/rules/ is pure (src/rules/README.md): a module there whose exports a page does not use is left out whole. */
const RULES = /src[\\/]rules[\\/]/;
const CALCULATOR_KIT =
  /src[\\/](widgets[\\/](fields|text-field|fields-state|CalculatorShell|NotSaid|WorkedSteps|ConditionList|judge-view)\.tsx?|rules[\\/](parse[\\/]core|format|worked|parameter|verdict)\.ts)$/;

/**
 * Fewer, larger chunks for the islands (browser build only): Preact's core, our island bootstrap
 * (src/widgets/island.ts) and the calculators' shared kit (form fields, field state, the result's frame, conditions,
 * parsing core, formatting) in one file. Each file is compressed on its own, so every extra file costs bytes: with
 * the kit in a file of its own a calculator page was about 280 B gzip heavier, and three calculators missed the
 * 12 KB (scripts/page-js.ts; test/site/calculator-js.test.ts). The price: /search/ loads the kit too, 3 KB gzip it
 * does not run (8.7 → 11.7 KB on 2026-12-02). preact/hooks stays out: only the checker and the search page use it
 * (fields-state.ts). The kit is picked by bytes, not derived from the registry: “modules every calculator imports”
 * leaves fields-state and WorkedSteps in files of their own, “modules several calculators import” pulls the number
 * and choice parsers into every calculator, and both weigh more. Number, date and choice parsers (rules/parse/) and
 * the counts widgets are left to the default splitting, so each calculator fetches only the ones it uses.
 * @returns {import('vite').Plugin}
 */
function islandChunks() {
  return {
    name: 'island-chunks',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          rolldownOptions: {
            // widgets import src/rules/index.ts, which gathers every article: without this the top-level code of
            // modules a calculator does not use (catalog, zod schemas) would ride along in its bundle
            treeshake: {
              moduleSideEffects: (/** @type {string} */ id) => (RULES.test(id) ? false : undefined),
            },
            // the island scripts export nothing a page reads; rolldown requires this where a group leaves a captured
            // module's dependencies out (the counts group below)
            preserveEntrySignatures: 'allow-extension',
            output: {
              codeSplitting: {
                groups: [
                  {
                    name: 'preact',
                    test: (/** @type {string} */ id) => PREACT.test(id) || CALCULATOR_KIT.test(id),
                  },
                  { name: 'choices', test: (/** @type {string} */ id) => CHOICES.test(id) },
                  {
                    name: 'counts',
                    test: (/** @type {string} */ id) => COUNTS.test(id),
                    // not the money parsers they import (src/rules/parse/numbers.ts), which 第五条's page loads
                    includeDependenciesRecursively: false,
                  },
                ],
              },
            },
          },
        },
      };
    },
  };
}

/**
 * The public origin the site is deployed at (SITE_URL): absolute canonical URLs, og:url, the sitemap, QR codes and
 * copied links. Without it the build is a preview: relative addresses only, never an invented domain (src/lib/site.ts).
 * src/integrations/site-build.ts checks it, and refuses a production build without it.
 */
const site = process.env.SITE_URL || undefined;

/**
 * Printed links (src/styles/print.css): with SITE_URL, a site path prints after its link as the full address (CSS
 * cannot know the origin, so it is written into the rule here); in a preview build a site path prints nothing.
 * @returns {import('vite').Plugin}
 */
function printedLinks() {
  const rule = site
    ? `main a[href^="/"]::after { content: "（${new URL(site).origin}" attr(href) "）"; font-size: 0.85em; text-decoration: none; word-break: break-all; }`
    : '';
  return {
    name: 'printed-links',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('/src/styles/print.css')) return;
      if (!code.includes('/* SITE_ORIGIN_LINKS */'))
        this.error('print.css has lost its /* SITE_ORIGIN_LINKS */ marker');
      return code.replace('/* SITE_ORIGIN_LINKS */', rule);
    },
  };
}

/**
 * The 大字 / 高对比 script (which also loads the cite tools on first use) is inlined by ReadingModeScript.astro, minified
 * here once from TypeScript (it is on every page, before first paint), and the CSP allows exactly that text by its hash.
 */
const readingModeScript = minifySync(
  'reading-mode.js',
  (
    await transformWithOxc(
      readFileSync(new URL('./src/scripts/reading-mode.ts', import.meta.url), 'utf8'),
      'reading-mode.ts',
      { lang: 'ts' },
    )
  ).code,
).code.trim();
/** @type {`sha256-${string}`} */
const readingModeScriptHash = `sha256-${createHash('sha256').update(readingModeScript).digest('base64')}`;

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'ignore',
  // vitest reads content collections from .astro/data-store.json (STACK.md). A second build running at the same time
  // from this checkout (test/site/site-url-build.test.ts) gives its own ASTRO_CACHE_DIR, so the two never share a cache.
  cacheDir: process.env.ASTRO_CACHE_DIR || './.astro',
  // DIST_DIR lets parallel work build into its own folder (scripts/site-dir.ts reads the same variable)
  outDir: process.env.DIST_DIR || './dist',
  // siteBuild last: Pagefind, the headers and the compression read the pages as the integrations before it left them
  integrations: [mdx(), preact(), sitemap(), modulePreloads(), siteBuild()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // The cite/link script (CiteTools.astro) is shared by every page with the official text: keep it one cached file
  // instead of inlining it into each page (its lazy loader needs a URL, CiteToolsModule.astro). Other small scripts
  // keep Vite's default.
  vite: {
    build: {
      assetsInlineLimit: (/** @type {string} */ file) =>
        file.includes('CiteTools') ||
        file.includes('ReadAloud') ||
        file.includes('HeaderSearch') ||
        file.includes('SwUpdate')
          ? false
          : undefined,
    },
    plugins: [islandChunks(), printedLinks(), calculatorIslands()],
    // /batch/'s worker imports its spreadsheet libraries on first use (src/widgets/batch/read-input.ts): a module
    // worker can split them into chunks of their own, the default classic (iife) worker cannot
    worker: { format: 'es' },
    // the minified reading-mode script, for ReadingModeScript.astro (the text the CSP hash above was computed from)
    define: { __READING_MODE_SCRIPT__: JSON.stringify(readingModeScript) },
  },
  // Content-Security-Policy as a <meta> tag: Astro hashes its own scripts and styles; the one hand-written inline
  // script (reading mode) is allowed by its hash. No 'unsafe-inline', no 'unsafe-eval'; 'wasm-unsafe-eval' only for
  // Pagefind's WebAssembly when it runs on the main thread (its worker fallback). frame-ancestors, report-uri and
  // sandbox are ignored in a <meta> policy (and logged as console errors), so they are left to the host's headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [readingModeScriptHash] },
    },
  },
});
