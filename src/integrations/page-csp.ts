/**
 * Each built page's Content-Security-Policy allows exactly that page's inline scripts and styles, by hash.
 *
 * Astro's `security.csp` (astro.config.mjs) writes one list of hashes into every page: every inline stylesheet of the
 * whole site, the scripts of every island directive and Astro's island runtime (which this site does not use, see
 * src/widgets/island.ts). An article page with one inline script and one <style> carried 8 script and 17 style
 * hashes, in its <meta> policy and again in its header (headers.ts): about 2.5 KB of a 14.6 KB first load. The build
 * (site-build.ts) therefore, on each page as Astro wrote it:
 *   - moves each <style data-to-head> of its body to the end of its <head> (the calculators' styles, which
 *     src/pages/measure/[n].astro writes only on the article pages that have one), where Astro wrote the page's own;
 *   - joins the adjacent <style> elements of its <head> into one (Astro writes one per CSS chunk with
 *     `inlineStylesheets: 'always'`; joined in the same order, the cascade is the same), so one hash stands for them;
 *   - replaces the hashes of `script-src` and `style-src` with the hashes of the page's own inline scripts and styles.
 * The sources that are not hashes ('self', 'wasm-unsafe-eval') and every other directive stay as configured, so the
 * policy is as strict as before and allows less: no page may run an inline script or style that only another page has.
 * test/site/csp.test.ts checks every built page.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { filesUnder } from '../../scripts/site-dir.ts';

const META_CSP = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
/** Two <style> elements without attributes with nothing but white space between them. */
const ADJACENT_STYLES = /<\/style>\s*<style>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** <script> types the browser runs; JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE = new Set(['', 'text/javascript', 'module', 'application/javascript']);
/** Rules that must open a stylesheet: a <style> that has one cannot be appended to another. */
const MUST_OPEN = /@(import|charset)\b/i;
const HASH = /^'sha(256|384|512)-/;

/** The CSP source for a text: `'sha256-…'`. */
export const sha256Source = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A <style> a page marks for its <head>, wherever it wrote it. */
const TO_HEAD = /<style data-to-head>([\s\S]*?)<\/style>/g;

/** The page with each <style data-to-head> of its body moved to the end of its <head>, in their order. */
export function stylesToHead(html: string): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) return html;
  const moved: string[] = [];
  const rest = html.slice(headEnd).replace(TO_HEAD, (_, css: string) => {
    moved.push(`<style>${css}</style>`);
    return '';
  });
  return moved.length === 0 ? html : html.slice(0, headEnd) + moved.join('') + rest;
}

/** The page with the adjacent <style> elements of its <head> joined into one, in their order. */
export function joinHeadStyles(html: string): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd).replace(ADJACENT_STYLES, (joint, at: number, whole: string) => {
    const next = whole.slice(at + joint.length, whole.indexOf('</style>', at + joint.length));
    return MUST_OPEN.test(next) ? joint : '';
  });
  return head + html.slice(headEnd);
}

/** The hashes of the page's inline scripts that run (not data blocks, not src=) and of its <style> elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = (/\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '').trim().toLowerCase();
    if (EXECUTABLE.has(type)) scripts.add(sha256Source(text));
  }
  const styles = new Set<string>();
  for (const [, text = ''] of html.matchAll(STYLE)) styles.add(sha256Source(text));
  return { scripts: [...scripts], styles: [...styles] };
}

/** A `name value value; …` policy with the hashes of script-src and style-src replaced. */
export function withHashes(policy: string, hashes: { scripts: string[]; styles: string[] }): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      const own = name === 'script-src' ? hashes.scripts : name === 'style-src' ? hashes.styles : undefined;
      if (!own) return directive;
      return ` ${[name, ...values.filter((v) => !HASH.test(v)), ...own].join(' ')}`;
    })
    .join(';');
}

/** One page: styles joined, then its policy names its own hashes. A page without a <meta> policy is left as it is. */
export function ownPolicy(html: string): string {
  const joined = joinHeadStyles(stylesToHead(html));
  const meta = META_CSP.exec(joined);
  if (!meta) return joined;
  const policy = withHashes(meta[2]!, inlineHashes(joined));
  return joined.slice(0, meta.index) + meta[1] + policy + meta[3] + joined.slice(meta.index + meta[0].length);
}

/** Every HTML page under dist/ rewritten by ownPolicy; the number of pages changed. */
export function ownPolicies(dist: string): number {
  let changed = 0;
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const out = ownPolicy(html);
    if (out === html) continue;
    writeFileSync(file, out);
    changed++;
  }
  return changed;
}
