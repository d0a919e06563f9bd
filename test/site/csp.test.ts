/**
 * The Content-Security-Policy of every built page, read from dist/: a strict policy allowing no inline
 * script or style without a hash and no 'unsafe-eval' (only 'wasm-unsafe-eval', for Pagefind), and nothing in the
 * HTML that the policy would block. test/browser/every-page.ts checks that no page reports a violation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { builtDocument, builtPages, closeBuiltDocuments } from './built';

const pages = builtPages();
afterAll(closeBuiltDocuments);

type Policy = Map<string, string[]>;
function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;
/** <script> types the browser runs; JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE = new Set(['', 'text/javascript', 'module', 'application/javascript']);

describe('the Content-Security-Policy of every built page', () => {
  it.each(pages.map((p) => [p.route, p.file] as const))(
    '%s: a strict policy that allows exactly what the page needs',
    (_route, file) => {
      const html = readFileSync(file, 'utf8');
      const doc = builtDocument(file);
      const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      expect(metas.length).toBe(1);
      const policy = parsePolicy(metas[0]?.getAttribute('content') ?? '');

      // the policy comes before anything it governs
      const metaAt = html.search(/<meta[^>]+http-equiv="content-security-policy"/i);
      // (data blocks such as JSON-LD are not scripts to CSP, so they may come first)
      const firstGoverned = html.search(
        /<(script(?![^>]*type="application\/(ld\+)?json")|style|link[^>]+rel="stylesheet")[\s>]/i,
      );
      expect(metaAt).toBeGreaterThan(-1);
      if (firstGoverned > -1) expect(metaAt).toBeLessThan(firstGoverned);

      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc.filter((v) => !HASH.test(v)).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      const styleSrc = policy.get('style-src') ?? [];
      expect(styleSrc.filter((v) => !HASH.test(v))).toEqual(["'self'"]);
      // nothing open-ended anywhere: no unsafe keyword, wildcard, other host or data: (except data: images)
      for (const [name, values] of policy) {
        for (const v of values) {
          if (name === 'img-src' && v === 'data:') continue;
          expect(v, `${name} ${v}`).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:|^data:$|^blob:$/);
        }
      }
      // a <meta> policy cannot carry these; the browser would log an error on every page
      for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(policy.has(name), name).toBe(false);

      // every inline script and style of the page is allowed by its hash, and nothing needs 'unsafe-inline'; and
      // the policy allows nothing else: only this page's own hashes, not every page's (src/integrations/page-csp.ts)
      const scriptHashes = Array.from(doc.querySelectorAll('script:not([src])'))
        .filter((s) => EXECUTABLE.has((s.getAttribute('type') ?? '').toLowerCase()))
        .map((s) => sha256(s.textContent ?? ''));
      expect(scriptSrc.filter((v) => HASH.test(v)).sort(), 'script-src hashes').toEqual(
        [...new Set(scriptHashes)].sort(),
      );
      // the page's styles are one <style> (one hash in the meta policy and in the header, not one per CSS chunk)
      const styles = doc.querySelectorAll('style');
      expect(styles.length, '<style> elements').toBeLessThanOrEqual(1);
      expect(
        styleSrc.filter((v) => HASH.test(v)),
        'style-src hashes',
      ).toEqual(Array.from(styles, (s) => sha256(s.textContent ?? '')));
      expect(doc.querySelectorAll('[style]').length, 'style="" attributes (blocked by the policy)').toBe(0);
      const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.tagName} ${a.name}`),
      );
      expect(handlers, 'inline event handlers (blocked by the policy)').toEqual([]);
    },
  );
});
