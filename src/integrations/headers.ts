/**
 * The response headers of the built site, in one place, written by the build (site-build.ts) into the two files hosts
 * read: dist/_headers (Netlify, Cloudflare Pages; also scripts/static-server.ts, so the tests and the bench get them)
 * and dist/_headers.nginx.conf (nginx maps that deploy/nginx.conf and deploy/nginx-tls.conf include; README
 * "Deploying").
 *
 * The Content-Security-Policy header of each page is the policy of its own <meta http-equiv> tag, which Astro writes
 * from `security.csp` in astro.config.mjs and page-csp.ts cuts to the hashes of that page's own scripts and styles,
 * plus what a <meta> policy cannot carry: frame-ancestors. So the header and the meta tag never differ, and a page's header allows no
 * hash another page needs. test/site/headers.test.ts checks both files against the built pages.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { filesUnder } from '../../scripts/site-dir.ts';

/** Directives a <meta> policy ignores (and Chromium logs an error for), so they are sent in the header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Features the site never uses, denied to it and to anything it could embed; the copy buttons (navigator.clipboard,
 * src/scripts/cite-tools.ts) keep clipboard-write for the site itself. Read-aloud's speechSynthesis needs no permission.
 * clipboard-read is left to the browser's own prompt rather than denied: the browser tests read what the copy buttons
 * wrote through the page (test/browser/cite-lazy.test.ts and others), and the site itself never asks for it.
 * Only names Chromium knows: an unknown one is logged as an error on every page.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'clipboard-write=(self)',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/**
 * HTTP Strict Transport Security, sent over HTTPS only: a year. `includeSubDomains` and `preload` are the deployer's
 * choice (they bind every subdomain, and preloading is hard to undo), so they are documented in README "Deploying",
 * not set here.
 */
export const HSTS = 'max-age=31536000';

/** Headers on every response: they govern how any file is read or embedded. */
export const EVERY_RESPONSE: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Headers on each page (HTML) besides its CSP: they govern a document, and would only add bytes to every file. */
export const EVERY_PAGE: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=300, must-revalidate';
/** Asked again each time: the service worker (a browser looks for a new version with it) and the version it names. */
const NO_CACHE = 'no-cache';

/**
 * Cache-Control by path. Hashed names change with their content, so they are cached for a year and never revalidated:
 * Vite's /_astro/ files and Pagefind's index, fragment and filter files. Everything else (HTML, pagefind.js,
 * pagefind-entry.json, the WebAssembly, images, feeds) keeps a stable URL across deploys: five minutes, then
 * revalidated. `prefix`: the start of the path.
 */
export const CACHE_RULES: readonly { prefix: string; value: string }[] = [
  { prefix: '/_astro/', value: YEAR },
  { prefix: '/pagefind/index/', value: YEAR },
  { prefix: '/pagefind/fragment/', value: YEAR },
  { prefix: '/pagefind/filter/', value: YEAR },
  // Pagefind's stable names, which the header search preloads on first use (src/scripts/reading-mode.ts): a preload
  // is only reused if the file may be cached
  { prefix: '/pagefind/pagefind', value: REVALIDATE },
  { prefix: '/pagefind/wasm', value: REVALIDATE },
  // the service worker and the site's version (scripts/service-worker.ts): a new deploy is seen at once
  { prefix: '/sw.js', value: NO_CACHE },
  { prefix: '/site-version.json', value: NO_CACHE },
];
/** Media types a host may not know by the file's extension (nginx's mime.types has no .webmanifest). */
export const CONTENT_TYPES: readonly { path: string; value: string }[] = [
  { path: '/manifest.webmanifest', value: 'application/manifest+json' },
];
export const DEFAULT_CACHE = REVALIDATE;

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** A built page: its file relative to dist/ (`measure/6/index.html`) and the policy its header carries. */
export interface PagePolicy {
  file: string;
  csp: string;
}

/** The header policy of one page: its meta policy, normalised to `name value; …`, then the header-only directives. */
export function headerPolicy(metaPolicy: string): string {
  const directives = metaPolicy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** Every HTML file of the built site with its header policy; a page without a meta policy stops the build. */
export function pagePolicies(dist: string): PagePolicy[] {
  return filesUnder(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const file = relative(dist, f).split(sep).join('/');
      const meta = META_CSP.exec(readFileSync(f, 'utf8'))?.[1];
      if (!meta)
        throw new Error(`${file} has no <meta http-equiv="content-security-policy">: its header would be empty`);
      return { file, csp: headerPolicy(meta) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The path a host matches a page by: `measure/6/index.html` → `/measure/6/`, `404.html` → `/404.html`. */
export const pagePath = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const block = (pattern: string, headers: Readonly<Record<string, string>>) =>
  [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/**
 * dist/_headers. A host applies every rule whose path matches and joins repeated names with a comma (which would make
 * two policies of two CSPs), so each header is in one rule per path: the shared ones under /*, each page's own under
 * its path, and caching under the hashed folders.
 */
export function headersFile(pages: readonly PagePolicy[]): string {
  return [
    '# Response headers for static hosts that read a _headers file (Netlify, Cloudflare Pages) and for',
    '# scripts/static-server.ts. Written by the build from src/integrations/headers.ts: edit that file, not this one.',
    block('/*', EVERY_RESPONSE),
    ...CACHE_RULES.map((r) => block(`${r.prefix}*`, { 'Cache-Control': r.value })),
    ...CONTENT_TYPES.map((t) => block(t.path, { 'Content-Type': t.value })),
    '# Each page: its own Content-Security-Policy (the one in its <meta> tag, and frame-ancestors), HSTS (these hosts',
    '# serve HTTPS only) and the document headers.',
    ...pages.map((p) =>
      block(pagePath(p.file), { 'Content-Security-Policy': p.csp, 'Strict-Transport-Security': HSTS, ...EVERY_PAGE }),
    ),
    '',
  ].join('\n');
}

/** A string as an nginx quoted value. */
const quoted = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
/** nginx's name for the variable of a header: Permissions-Policy → $xcgjn_permissions_policy. */
export const nginxVariable = (header: string): string => `$xcgjn_${header.toLowerCase().replace(/-/g, '_')}`;

/** An nginx map from `source` to the variable of `header`. */
function map(source: string, header: string, entries: readonly [string, string][]): string {
  const lines = entries.map(([key, value]) => `  ${key === 'default' ? key : quoted(key)} ${quoted(value)};`);
  return [`map ${source} ${nginxVariable(header)} {`, ...lines, '}'].join('\n');
}

/**
 * dist/_headers.nginx.conf, for nginx's http {} context: one variable per header, which the server blocks of
 * deploy/nginx.conf send with add_header (an empty value sends nothing). The page headers are keyed by $uri, the
 * file nginx serves after its index and error_page redirects; HSTS by the scheme the visitor used (`https` in $scheme,
 * or in X-Forwarded-Proto from a TLS proxy or CDN in front).
 */
export function nginxHeaders(pages: readonly PagePolicy[]): string {
  const byUri = (value: (p: PagePolicy) => string): [string, string][] => [
    ['default', ''],
    ...pages.map((p): [string, string] => [`/${p.file}`, value(p)]),
  ];
  return [
    '# Written by the build from src/integrations/headers.ts (the same headers as _headers): edit that file, not this one.',
    '# Included in http {} by deploy/nginx.conf and deploy/nginx-tls.conf; reload nginx after deploying a new build.',
    map(
      '$uri',
      'Content-Security-Policy',
      byUri((p) => p.csp),
    ),
    ...Object.entries(EVERY_PAGE).map(([name, value]) =>
      map(nginxVariable('Content-Security-Policy'), name, [
        ['', ''],
        ['default', value],
      ]),
    ),
    map('"$scheme,$http_x_forwarded_proto"', 'Strict-Transport-Security', [
      ['~https', HSTS],
      ['default', ''],
    ]),
    map('$uri', 'Cache-Control', [
      ...CACHE_RULES.map((r): [string, string] => [`~^${r.prefix}`, r.value]),
      ['default', DEFAULT_CACHE],
    ]),
    ...Object.entries(EVERY_RESPONSE).map(([name, value]) => map('$uri', name, [['default', value]])),
    '',
  ].join('\n');
}
