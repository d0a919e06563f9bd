/**
 * Link checker over the built site: every internal link, asset reference and #anchor in every built HTML file
 * resolves to a file of dist/ (the way the static host resolves it: the file, its index.html, or name.html) and, for
 * an anchor, to an element with that id (or a named anchor) in the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtDocument, builtPages, builtRedirects, closeBuiltDocuments, distDir } from './built';

afterAll(closeBuiltDocuments);

/** The canonical origin pages are built for (SITE_URL); links to it count as internal. None in a preview build. */
function siteOrigin(html: string): string | undefined {
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1];
  return canonical && /^https?:/.test(canonical) ? new URL(canonical).origin : undefined;
}

interface Parsed {
  ids: Set<string>;
  refs: { attr: string; value: string }[];
  origin: string | undefined;
}
const parsed = new Map<string, Parsed>();

function parse(file: string): Parsed {
  let p = parsed.get(file);
  if (p) return p;
  const html = readFileSync(file, 'utf8');
  const doc = builtDocument(file);
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  const refs: Parsed['refs'] = [];
  const pick = (selector: string, attr: string) => {
    for (const el of doc.querySelectorAll(selector))
      refs.push({ attr: `<${el.tagName.toLowerCase()} ${attr}>`, value: el.getAttribute(attr) ?? '' });
  };
  pick('a[href]', 'href');
  pick('area[href]', 'href');
  pick('link[href]', 'href');
  pick('script[src]', 'src');
  pick('img[src]', 'src');
  pick('source[src]', 'src');
  pick('form[action]', 'action');
  pick('meta[property="og:image"], meta[name="twitter:image"]', 'content');
  p = { ids, refs, origin: siteOrigin(html) };
  parsed.set(file, p);
  return p;
}

/** The file a static host serves for a path, or null (mirrors scripts/static-server.ts). */
function fileFor(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const abs = join(distDir, decoded);
  for (const candidate of [abs, join(abs, 'index.html'), `${abs}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Problems with one reference made from `route`, or [] when it resolves. */
function check(route: string, ref: { attr: string; value: string }, origin: string | undefined): string[] {
  const raw = ref.value.trim();
  if (raw === '' || /^(mailto|tel|data|javascript):/i.test(raw))
    return raw.toLowerCase().startsWith('javascript:') ? [`${route}: ${ref.attr}="${raw}" (javascript: URL)`] : [];
  const base = `http://site.invalid${route}`;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return [`${route}: ${ref.attr}="${raw}" is not a URL`];
  }
  const internal = url.origin === 'http://site.invalid' || (origin !== undefined && url.origin === origin);
  if (!internal) return [];
  const target = fileFor(url.pathname);
  if (!target) return [`${route}: ${ref.attr}="${raw}" → ${url.pathname} does not exist in the build`];
  if (url.hash.length > 1 && target.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    // text fragments (#:~:text=…) are handled by the browser, not by ids
    if (!id.startsWith(':~:') && !parse(target).ids.has(id))
      return [`${route}: ${ref.attr}="${raw}" → no id "${id}" in ${url.pathname}`];
  }
  return [];
}

describe('links in the built site', () => {
  const pages = builtPages();

  it('the build has pages to check', () => {
    expect(pages.map((p) => p.route)).toContain('/');
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.route, p.file] as const))(
    'every internal link and #anchor on %s resolves',
    (route, file) => {
      const { refs, origin } = parse(file);
      const problems = refs.flatMap((ref) => check(route, ref, origin));
      expect(problems).toEqual([]);
    },
  );

  it('every static redirect page points at a page that exists', () => {
    const problems = builtRedirects().flatMap((r) =>
      check(r.route, { attr: 'meta refresh', value: r.target }, undefined),
    );
    expect(problems).toEqual([]);
  });

  it('finds a broken link and a broken anchor when there is one (the checker itself works)', () => {
    const home = pages.find((p) => p.route === '/');
    expect(home).toBeDefined();
    expect(check('/', { attr: 'a href', value: '/no-such-page/' }, undefined)).toHaveLength(1);
    expect(check('/', { attr: 'a href', value: '/measure/#no-such-anchor' }, undefined)).toHaveLength(1);
    expect(check('/', { attr: 'a href', value: '/measure/#art-6' }, undefined)).toEqual([]);
    expect(check('/measure/6/', { attr: 'a href', value: '../5/' }, undefined)).toEqual([]);
  });
});
