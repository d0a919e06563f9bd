/**
 * The build step that gives each page a policy naming only its own inline scripts and styles
 * (src/integrations/page-csp.ts), on hand-written pages shaped like Astro's output.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, joinHeadStyles, ownPolicy, stylesToHead, withHashes } from '../../src/integrations/page-csp';

/** Written out here, not with the module's helper. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SITE_WIDE =
  "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAAA' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC' 'sha256-DDDD';";
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${SITE_WIDE}">${head}</head><body>${body}</body></html>`;

describe('joinHeadStyles', () => {
  it('joins adjacent <style> elements of the head in their order', () => {
    expect(joinHeadStyles(page('<style>a{color:red}</style>\n<style>b{color:blue}</style>'))).toBe(
      page('<style>a{color:red}b{color:blue}</style>'),
    );
  });
  it('leaves apart styles with something between them, styles in the body, and a style that must open a sheet', () => {
    const between = page('<style>a{}</style><link rel="icon" href="/x"><style>b{}</style>');
    expect(joinHeadStyles(between)).toBe(between);
    const inBody = page('<style>a{}</style>', '<style>b{}</style><style>c{}</style>');
    expect(joinHeadStyles(inBody)).toBe(inBody);
    const imported = page('<style>a{}</style><style>@import "b.css";c{}</style>');
    expect(joinHeadStyles(imported)).toBe(imported);
  });
});

describe('stylesToHead', () => {
  it('moves each <style data-to-head> of the body to the end of the head, in order; other styles stay', () => {
    expect(
      stylesToHead(
        page(
          '<style>a{}</style>',
          '<p>x</p><style data-to-head>b{}</style><style>c{}</style><style data-to-head>d{}</style>',
        ),
      ),
    ).toBe(page('<style>a{}</style><style>b{}</style><style>d{}</style>', '<p>x</p><style>c{}</style>'));
    const none = page('<style>a{}</style>', '<style>c{}</style>');
    expect(stylesToHead(none)).toBe(none);
  });
  it('then ownPolicy joins it with the head’s own and names one hash for both', () => {
    const out = ownPolicy(page('<style>a{}</style>', '<style data-to-head>b{}</style>'));
    expect(out).toContain('<style>a{}b{}</style></head>');
    expect(out).toContain(`style-src 'self' ${hashOf('a{}b{}')};`);
  });
});

describe('inlineHashes', () => {
  it('hashes the scripts that run and every <style>, not data blocks or scripts with src', () => {
    const html = page(
      '<script type="application/ld+json">{"a":1}</script><script>run()</script><script type="module" src="/m.js"></script><style>a{}</style>',
      '<template><script type="module">later()</script></template>',
    );
    expect(inlineHashes(html)).toEqual({
      scripts: [hashOf('run()'), hashOf('later()')],
      styles: [hashOf('a{}')],
    });
  });
});

describe('withHashes and ownPolicy', () => {
  it("replaces only the hashes of script-src and style-src, keeping 'self', 'wasm-unsafe-eval' and the rest", () => {
    expect(withHashes(SITE_WIDE, { scripts: ["'sha256-S'"], styles: [] })).toBe(
      "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-S'; style-src 'self';",
    );
  });
  it('gives a page one <style> and a policy with its own two hashes', () => {
    const out = ownPolicy(page('<style>a{}</style><style>b{}</style><script>run()</script>'));
    expect(out).toContain('<style>a{}b{}</style>');
    expect(out).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${hashOf('run()')}; style-src 'self' ${hashOf('a{}b{}')};`,
    );
    expect(out).not.toMatch(/AAAA|BBBB|CCCC|DDDD/);
  });
  it('leaves a page without a policy as it is', () => {
    const html = '<html><head><style>a{}</style></head></html>';
    expect(ownPolicy(html)).toBe(html);
  });
});
