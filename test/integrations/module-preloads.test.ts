/**
 * The build step that lists a page's script imports as <link rel="modulepreload"> (src/integrations/module-preloads.ts),
 * on hand-written pages and a Vite build manifest shaped like the build's.
 */
import { describe, expect, it } from 'vitest';
import type { Manifest } from 'vite';
import { staticImports, withModulePreloads, withTemplatePreloads } from '../../src/integrations/module-preloads';

/** Vite's build manifest for chunks shaped like the build's: keys are sources or "_chunk" names, `file` the output. */
const manifest: Manifest = {
  'src/Island.astro?astro&type=script&index=0&lang.ts': {
    file: '_astro/Island.js',
    imports: ['_preact.js', '_kit.js'],
    isEntry: true,
  },
  '_kit.js': { file: '_astro/kit.js', imports: ['_preact.js', '_side-effect.js'], dynamicImports: ['src/lazy.ts'] },
  '_preact.js': { file: '_astro/preact.js' },
  '_side-effect.js': { file: '_astro/side-effect.js' },
  'src/lazy.ts': { file: '_astro/lazy.js', isDynamicEntry: true },
  'src/Cite.astro?astro&type=script&index=0&lang.ts': {
    file: '_astro/Cite.js',
    imports: ['_cite-dep.js'],
    isEntry: true,
  },
  '_cite-dep.js': { file: '_astro/cite-dep.js' },
  'src/x.ts': { file: '_astro/nested/x.js', imports: ['_preact.js'], isEntry: true },
};

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const links = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('staticImports', () => {
  it('follows static imports recursively, once each, and not dynamic import()', () => {
    expect(staticImports('/_astro/Island.js', manifest)).toEqual([
      '/_astro/preact.js',
      '/_astro/kit.js',
      '/_astro/side-effect.js',
    ]);
  });

  it('finds a chunk in a nested folder by its file', () => {
    expect(staticImports('/_astro/nested/x.js', manifest)).toEqual(['/_astro/preact.js']);
  });
});

describe('withModulePreloads', () => {
  it('adds one link for the page’s module script and each of its imports, in <head>, the script first', () => {
    const html = withModulePreloads(page('<script type="module" src="/_astro/Island.js"></script>'), manifest);
    expect(links(html)).toEqual(['/_astro/Island.js', '/_astro/preact.js', '/_astro/kit.js', '/_astro/side-effect.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('puts them before the page’s own preloads, which would otherwise take the connections first', () => {
    const own = '<link rel="preload" href="/pagefind/wasm.unknown.pagefind" as="fetch">';
    const html = withModulePreloads(page(`${own}<script type="module" src="/_astro/Island.js"></script>`), manifest);
    expect(html.indexOf('href="/_astro/Island.js"')).toBeLessThan(html.indexOf(own));
  });

  it('leaves a script inside a <template> alone (loaded on first use)', () => {
    const html = page('<template data-cite-module><script type="module" src="/_astro/Cite.js"></script></template>');
    expect(withModulePreloads(html, manifest)).toBe(html);
  });

  it('leaves a page without module scripts unchanged, and lists nothing the page already links', () => {
    const plain = page('<p>正文</p><script type="application/ld+json">{}</script>');
    expect(withModulePreloads(plain, manifest)).toBe(plain);
    const linked = page(
      '<link rel="modulepreload" href="/_astro/preact.js"><script type="module" src="/_astro/Island.js"></script>',
    );
    expect(links(withModulePreloads(linked, manifest)).filter((h) => h === '/_astro/preact.js')).toHaveLength(1);
  });
});

describe('withTemplatePreloads', () => {
  it('lists a template module’s static imports inside its template, and leaves other templates and <head> alone', () => {
    const html = page(
      '<template data-cite-module><script type="module" src="/_astro/Cite.js"></script></template>' +
        '<template data-island-module><script type="module" src="/_astro/Island.js"></script></template>',
    );
    const out = withTemplatePreloads(html, manifest);
    expect(out).toContain(
      '<template data-cite-module><link rel="modulepreload" href="/_astro/cite-dep.js"><script type="module" src="/_astro/Cite.js">',
    );
    expect(out).toContain('<template data-island-module><script type="module" src="/_astro/Island.js">');
    expect(out.slice(0, out.indexOf('</head>'))).not.toContain('modulepreload');
    expect(withTemplatePreloads(out, manifest)).toBe(out); // once
  });
});
