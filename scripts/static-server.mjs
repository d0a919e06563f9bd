// A static file handler for the built site, shared by `npm start`, the browser tests and the benchmark.
// Checks files on every request (a rebuild is served at once), gzips text like a CDN would, so the byte
// counts the benchmark reports are what a visitor downloads, and answers unknown paths with dist/404.html.
// Like a CDN it keeps each file's gzip in memory (until the file changes) instead of compressing it per request.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
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
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

async function resolveFile(root, pathname) {
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

export function createStaticHandler(root) {
  /** file → its gzip, with the mtime and size it was made from */
  const gzipped = new Map();
  const gzipOf = async (file) => {
    const s = await stat(file);
    const hit = gzipped.get(file);
    if (hit && hit.mtimeMs === s.mtimeMs && hit.size === s.size) return hit.body;
    const body = gzipSync(await readFile(file));
    gzipped.set(file, { mtimeMs: s.mtimeMs, size: s.size, body });
    return body;
  };
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = await resolveFile(root, url.pathname);
    let status = 200;
    if (
      file &&
      !url.pathname.endsWith('/') &&
      file.endsWith(`${sep}index.html`) &&
      !url.pathname.endsWith('index.html')
    ) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    if (!file) {
      file = join(root, '404.html');
      status = 404;
    }
    const ext = extname(file);
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    let body;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = await gzipOf(file);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    } else {
      body = await readFile(file);
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
