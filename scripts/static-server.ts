// A static file handler for the built site, shared by `npm start`, the browser tests and the benchmark.
// Checks files on every request (a rebuild is served at once), gzips text and Pagefind's files like a CDN would, so
// the byte counts the benchmark reports are what a visitor downloads, and answers unknown paths with dist/404.html.
// Like a CDN it keeps each file's gzip in memory (until the file changes) instead of compressing it per request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isGzip } from './pagefind-decompress.ts';
import { COMPRESSIBLE_EXTENSIONS } from './precompress.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  let rel;
  try {
    rel = normalize(decodeURIComponent(pathname));
  } catch {
    return null;
  }
  const abs = join(root, rel);
  if (abs !== root && !abs.startsWith(root + sep)) return null; // no escaping the site folder
  for (const candidate of [abs, join(abs, 'index.html'), abs + '.html']) {
    const s = await stat(candidate).catch(() => null);
    if (s?.isFile()) return candidate;
  }
  return null;
}

/**
 * The response headers of a `_headers` file (the format Netlify and Cloudflare Pages read; the site ships one in
 * public/_headers): blocks of a path pattern (`*` matches anything) followed by indented `Name: value` lines. Read so
 * that the tests and the bench get the caching a static host gives (a prefetch is only reused if the file may be cached).
 * Hand-written: about fifteen lines, and no package on npm parses this format without a host's whole runtime.
 */
export function parseHeadersFile(text: string): (pathname: string) => Record<string, string> {
  const rules: { test: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: {} });
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (m && rule) rule.headers[m[1]!.trim().toLowerCase()] = m[2]!.trim();
  }
  /** every header of every rule that matches `pathname`; a later rule wins */
  return (pathname) => Object.assign({}, ...rules.filter((r) => r.test.test(pathname)).map((r) => r.headers));
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function createStaticHandler(root: string): Handler {
  let headersFile: { mtimeMs: number; match: (pathname: string) => Record<string, string> } = {
    mtimeMs: -1,
    match: () => ({}),
  };
  const headersFor = async (pathname: string): Promise<Record<string, string>> => {
    const s = await stat(join(root, '_headers')).catch(() => null);
    if (!s) return {};
    if (s.mtimeMs !== headersFile.mtimeMs)
      headersFile = { mtimeMs: s.mtimeMs, match: parseHeadersFile(await readFile(join(root, '_headers'), 'utf8')) };
    return headersFile.match(pathname);
  };
  /**
   * file → its gzip (null for a file that is gzip already, as the peer's Pagefind files are), with the mtime and size
   * it was made from
   */
  const gzipped = new Map<string, { mtimeMs: number; size: number; body: Buffer | null }>();
  const gzipOf = async (file: string): Promise<Buffer | null> => {
    const s = await stat(file);
    const hit = gzipped.get(file);
    if (hit && hit.mtimeMs === s.mtimeMs && hit.size === s.size) return hit.body;
    const raw = await readFile(file);
    const body = isGzip(raw) ? null : gzipSync(raw);
    gzipped.set(file, { mtimeMs: s.mtimeMs, size: s.size, body });
    return body;
  };
  const handle: Handler = async (req, res) => {
    // the request target appended to an origin, not resolved against it: `//x` is a path here, not a host
    const url = new URL(`http://localhost${req.url ?? '/'}`);
    let file = await resolveFile(root, url.pathname);
    let status = 200;
    if (
      file &&
      !url.pathname.endsWith('/') &&
      file.endsWith(`${sep}index.html`) &&
      !url.pathname.endsWith('index.html')
    ) {
      // one leading slash: `//measure` must not send the browser to a host called measure
      res.writeHead(301, { location: `${url.pathname.replace(/^\/+/, '/')}/${url.search}` });
      res.end();
      return;
    }
    if (!file) {
      file = join(root, '404.html');
      status = 404;
    }
    const ext = extname(file);
    // no-cache unless the site's _headers says otherwise (it does for hashed names: a year, immutable)
    const headers: Record<string, string | number> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(status === 200 ? await headersFor(url.pathname) : {}),
    };
    const gzip =
      COMPRESSIBLE_EXTENSIONS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
        ? await gzipOf(file)
        : null;
    if (gzip) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    const body = gzip ?? (await readFile(file));
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  // a request that fails (a file gone between stat and read, an odd target) is answered 500; the server goes on
  return async (req, res) =>
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end();
    });
}
