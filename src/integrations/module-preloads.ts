/**
 * Adds `<link rel="modulepreload">` to each built page for every module its widget scripts import statically.
 * Astro writes a component's script as one `<script type="module" src>`; the browser only learns of the chunks it
 * imports (Preact, the calculator kit…) once that file has arrived and been parsed, one round trip later. Listing
 * them in <head> lets every file load at once. Scripts inside a <template> (the cite tools, loaded on first use) are
 * left alone, and dynamic `import()`s are not followed: both are meant to load later or not at all.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TEMPLATE = /<template\b[\s\S]*?<\/template>/gi;
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype=["']?module\b)[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi;
// `import{a as b}from"./x.js"`, `import x from"./x.js"`, `import*as x from"./x.js"`, `import"./x.js"`, `export…from`
const STATIC_IMPORT = /\b(?:import|export)\s*(?:\{[^}]*\}\s*from|\*\s*(?:as\s+[\w$]+\s*)?from|[\w$]+\s*from)?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** The static imports of a built module, recursively, as site paths (the module itself excluded), in load order. */
export function staticImports(entry: string, read: (sitePath: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (sitePath: string) => {
    for (const m of read(sitePath).matchAll(STATIC_IMPORT)) {
      const dep = new URL(m[1]!, `https://site${sitePath}`).pathname;
      if (seen.has(dep) || dep === entry) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(entry);
  return [...seen];
}

/** The page with a modulepreload link in <head> for each static import of its (non-template) module scripts. */
export function withModulePreloads(html: string, read: (sitePath: string) => string): string {
  const scripts = [...html.replace(TEMPLATE, '').matchAll(MODULE_SCRIPT)].map((m) => m[1]!).filter((src) => src.startsWith('/'));
  const deps = [...new Set(scripts.flatMap((src) => staticImports(src, read)))].filter((dep) => !html.includes(`"${dep}"`));
  if (deps.length === 0) return html;
  const links = deps.map((dep) => `<link rel="modulepreload" href="${dep}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export default function modulePreloads(): AstroIntegration {
  return {
    name: 'xc-module-preloads',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string>();
        const read = (sitePath: string) => {
          if (!cache.has(sitePath)) cache.set(sitePath, readFileSync(join(root, sitePath), 'utf8'));
          return cache.get(sitePath)!;
        };
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const updated = withModulePreloads(html, read);
          if (updated !== html) writeFileSync(file, updated);
        }
      },
    },
  };
}
