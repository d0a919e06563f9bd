#!/usr/bin/env node
// The JavaScript a built page loads, in gzip bytes: its module scripts (outside <template>, which load on first use)
// and, recursively, their static imports; with `reached` (the command line), also a calculator's code, which waits in a
// <template data-island-module> until the reader nears it.
// Each file is counted once, gzip (node:zlib default level, as scripts/static-server.ts serves it to
// the bench) of the file as built. The budget (README "Budgets and checks"): a calculator page's JS ≤ 12 KB gzip.
//   node scripts/page-js.ts [/measure/6/ …]   (default: every page with a calculator)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './site-dir.ts';
import { calculatorPath } from '../src/rules/routes.ts';

const TEMPLATE = /<template\b[\s\S]*?<\/template>/gi;
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype=["']?module\b)[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi;
/** Static imports in a built ES module: `import … from"./x.js"` and `import"./x.js"` (never `import("./x.js")`). */
const STATIC_IMPORT = /\b(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/** A calculator's code, inert in the page until the reader nears it (src/components/Calculator.astro). */
const ISLAND_TEMPLATE = /<template data-island-module>/gi;

/**
 * `reached`: also a calculator's code, which waits in a <template data-island-module> until the reader nears it.
 * The 12 KB budget counts it (the code a reader of the calculator gets).
 * @returns {{ files: { path: string, gzip: number }[], total: number }}
 */
export function pageJs(
  route: string,
  dir = distDir,
  { reached = false } = {},
): { files: { path: string; gzip: number }[]; total: number } {
  const page = readFileSync(join(dir, route, route.endsWith('.html') ? '' : 'index.html'), 'utf8');
  // reached: the island templates opened, as the reading-mode script imports their scripts
  const html = reached ? page.replace(ISLAND_TEMPLATE, '<div>') : page;
  const entries = [...html.replace(TEMPLATE, '').matchAll(MODULE_SCRIPT)].map((m) => m[1]!);
  const seen = new Map<string, number>();
  const visit = (path: string) => {
    if (seen.has(path) || !path.startsWith('/')) return;
    const code = readFileSync(join(dir, path));
    seen.set(path, gzipSync(code).length);
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) visit(new URL(m[1]!, `http://x${path}`).pathname);
  };
  entries.forEach(visit);
  const files = [...seen].map(([path, gzip]) => ({ path, gzip }));
  return { files, total: files.reduce((a, f) => a + f.gzip, 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let routes = process.argv.slice(2);
  // default: every built page with a calculator (/calculators/<name>/ and its article)
  if (routes.length === 0)
    routes = readdirSync(join(distDir, 'calculators'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => {
        const html = readFileSync(join(distDir, 'calculators', e.name, 'index.html'), 'utf8');
        const article = /依据：<a href="(\/measure\/\d+\/)"/.exec(html)?.[1];
        return [calculatorPath(e.name), ...(article ? [article] : [])];
      });
  for (const route of routes) {
    if (!existsSync(join(distDir, route))) continue;
    const { files, total } = pageJs(route, distDir, { reached: true });
    const list = files.map((f) => `${(f.path.split('/').pop() ?? '').split('.')[0]} ${f.gzip}`).join(', ');
    console.log(`${route.padEnd(32)} ${String(total).padStart(6)} B = ${(total / 1024).toFixed(2)} KB gzip  ${list}`);
  }
}
