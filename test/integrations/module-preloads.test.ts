/**
 * The build step that lists a page's script imports as <link rel="modulepreload"> (src/integrations/module-preloads.ts),
 * on hand-written pages and chunks shaped like the build's.
 */
import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from '../../src/integrations/module-preloads';

const files: Record<string, string> = {
  '/_astro/Island.js': 'import{a as e}from"./preact.js";import{b}from"./kit.js";e(b);',
  '/_astro/kit.js': 'import{a}from"./preact.js";import"./side-effect.js";export const b=()=>import("./lazy.js");',
  '/_astro/preact.js': 'export const a=1;',
  '/_astro/side-effect.js': 'console.log(1);',
  '/_astro/lazy.js': 'export default 1;',
  '/_astro/Cite.js': 'import{a}from"./cite-dep.js";',
  '/_astro/cite-dep.js': 'export const a=1;',
  '/_astro/nested/x.js': 'import{a}from"../preact.js";',
};
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error(`read ${path}`);
  return text;
};

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const links = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('staticImports', () => {
  it('follows static imports recursively, once each, and not dynamic import()', () => {
    expect(staticImports('/_astro/Island.js', read)).toEqual(['/_astro/preact.js', '/_astro/kit.js', '/_astro/side-effect.js']);
  });

  it('resolves ../ against the importing file', () => {
    expect(staticImports('/_astro/nested/x.js', read)).toEqual(['/_astro/preact.js']);
  });
});

describe('withModulePreloads', () => {
  it('adds one link per import of the page’s module scripts, in <head>', () => {
    const html = withModulePreloads(page('<script type="module" src="/_astro/Island.js"></script>'), read);
    expect(links(html)).toEqual(['/_astro/preact.js', '/_astro/kit.js', '/_astro/side-effect.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves a script inside a <template> alone (loaded on first use)', () => {
    const html = page('<template data-cite-module><script type="module" src="/_astro/Cite.js"></script></template>');
    expect(withModulePreloads(html, read)).toBe(html);
  });

  it('leaves a page without module scripts unchanged, and lists nothing the page already links', () => {
    const plain = page('<p>正文</p><script type="application/ld+json">{}</script>');
    expect(withModulePreloads(plain, read)).toBe(plain);
    const linked = page('<link rel="modulepreload" href="/_astro/preact.js"><script type="module" src="/_astro/Island.js"></script>');
    expect(links(withModulePreloads(linked, read)).filter((h) => h === '/_astro/preact.js')).toHaveLength(1);
  });
});
