/**
 * Adds `<link rel="modulepreload">` to each built page for every module its widget scripts import statically.
 * Astro writes a component's script as one `<script type="module" src>`; the browser only learns of the chunks it
 * imports (Preact, the calculator kit…) once that file has arrived and been parsed, one round trip later. Listing
 * them in <head> lets every file load at once. The imports come from the browser build's own chunk graph, as Vite
 * hands it to plugins (generateBundle), in the shape of Vite's build manifest (which Astro turns off). Scripts inside a
 * <template> (the cite tools, loaded on first use) are left alone, and dynamic `import()`s are not followed: both are
 * meant to load later or not at all.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Manifest, Plugin } from 'vite';

const TEMPLATE = /<template\b[\s\S]*?<\/template>/gi;
const MODULE_SCRIPT = /<script\b(?=[^>]*\btype=["']?module\b)[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi;

/** The static imports of a built module, recursively, as site paths (the module itself excluded), in load order. */
export function staticImports(entry: string, manifest: Manifest): string[] {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [`/${chunk.file}`, key]));
  const seen = new Set<string>();
  const visit = (key: string | undefined) => {
    for (const dep of (key && manifest[key]?.imports) || []) {
      const file = `/${manifest[dep]?.file ?? dep}`;
      if (seen.has(file) || file === entry) continue;
      seen.add(file);
      visit(dep);
    }
  };
  visit(byFile.get(entry));
  return [...seen];
}

/**
 * The page with a modulepreload link in <head> for each of its (non-template) module scripts and their static imports,
 * the scripts first, placed before the page's own preloads (e.g. /search/'s Pagefind files): over HTTP/1.1 a browser
 * opens about six connections to a host, and the widget's entry script, listed last in <body>, would wait for one.
 */
export function withModulePreloads(html: string, manifest: Manifest): string {
  const scripts = [...html.replace(TEMPLATE, '').matchAll(MODULE_SCRIPT)]
    .map((m) => m[1]!)
    .filter((src) => src.startsWith('/'));
  const deps = scripts.flatMap((src) => staticImports(src, manifest));
  const head = html.slice(0, html.indexOf('</head>'));
  const listed = (path: string) => head.includes(`"${path}"`);
  const preloads = [...new Set(deps)].filter((dep) => !listed(dep) && !html.includes(`"${dep}"`));
  if (preloads.length === 0) return html; // a script without imports gains nothing from a preload
  const links = [...new Set([...scripts, ...preloads])]
    .filter((path) => !listed(path))
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
  const at = /<link rel="(?:module)?preload"/.exec(head)?.index ?? head.length;
  return html.slice(0, at) + links + html.slice(at);
}

/** The templates reading-mode.ts's load() reads (cite, read, search); not a calculator's (data-island-module). */
const MODULE_TEMPLATE = /(<template data-(?!island-)[\w-]+-module>)([\s\S]*?)(<\/template>)/gi;

/**
 * Inside each inert <template data-NAME-module> (a module imported on first use by src/scripts/reading-mode.ts, which
 * adds the template's links to <head> as it does): a modulepreload link for every module its script imports
 * statically, so they load beside the script instead of one round trip after it.
 */
export function withTemplatePreloads(html: string, manifest: Manifest): string {
  return html.replace(MODULE_TEMPLATE, (whole, open: string, body: string, close: string) => {
    const src = new RegExp(MODULE_SCRIPT.source, 'i').exec(body)?.[1];
    if (!src?.startsWith('/')) return whole;
    const links = staticImports(src, manifest)
      .filter((dep) => !body.includes(`"${dep}"`))
      .map((dep) => `<link rel="modulepreload" href="${dep}">`)
      .join('');
    return links ? `${open}${links}${body}${close}` : whole;
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** A Vite plugin that records the browser build's chunks and their static imports as a manifest. */
function chunkGraph(manifest: Manifest): Plugin {
  return {
    name: 'xc-chunk-graph',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        manifest[chunk.fileName] = {
          file: chunk.fileName,
          src: chunk.fileName,
          imports: [...chunk.imports],
          dynamicImports: [...chunk.dynamicImports],
        };
      }
    },
  };
}

export default function modulePreloads(): AstroIntegration {
  const manifest: Manifest = {};
  return {
    name: 'xc-module-preloads',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkGraph(manifest)] } });
      },
      'astro:build:done': ({ dir }) => {
        if (Object.keys(manifest).length === 0)
          throw new Error('module preloads: the browser build reported no chunks');
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const updated = withTemplatePreloads(withModulePreloads(html, manifest), manifest);
          if (updated !== html) writeFileSync(file, updated);
        }
      },
    },
  };
}
