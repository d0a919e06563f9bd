/**
 * The nginx configuration in deploy/ (nginx.conf with deploy/xcgjn-site.conf, as behind a CDN or a TLS proxy), as a
 * host would run it: `nginx -t` accepts it, and nginx serving the built site from it on a loopback port answers with
 * the pre-compressed files, the cache headers, each page's headers exactly as dist/_headers gives them (its full CSP
 * included) and the site's 404 page. nginx is a Debian package (.ci/run installs it with the brotli_static module);
 * without it this test fails and says so. test/site/observatory.test.ts runs deploy/nginx-tls.conf.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/static-server.ts';
import { distDir } from './built';
import { NGINX, startNginx, type Nginx } from './nginx-harness';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** A meta policy as the header carries it: `name value; …` (src/integrations/headers.ts, headerPolicy). */
const normalised = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');

interface Reply {
  status: number;
  headers: Headers;
  body: Buffer;
}

describe('deploy/nginx.conf serves the built site', () => {
  let origin = '';
  let nginx: Nginx | undefined;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    nginx = await startNginx(
      'nginx.conf',
      [
        [/^ {2}listen 80;$/m, `  listen 127.0.0.1:${port};`],
        [/^ {2}listen \[::\]:80;$/m, ''],
      ],
      `${origin}/`,
    );
  });

  afterAll(() => nginx?.stop());

  const get = async (path: string, encoding = 'br, gzip'): Promise<Reply> => {
    const r = await fetch(origin + path, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });
    // fetch decodes br/gzip itself; the raw bytes are checked against the files below
    return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
  };

  it('nginx -t accepts the configuration', () => {
    const out = execFileSync(NGINX ?? 'nginx', ['-t', ...(nginx?.args ?? [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe(''); // nginx -t writes to stderr; a failure throws with its message
  });

  it('serves a page from its pre-compressed .br, or .gz, as it is, with a short cache', async () => {
    const html = readFileSync(join(distDir, 'measure/6/index.html'));
    const br = await get('/measure/6/');
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/^text\/html/);
    expect(br.headers.get('content-length')).toBe(
      String(readFileSync(join(distDir, 'measure/6/index.html.br')).length),
    );
    expect(br.body.equals(html)).toBe(true);
    expect(br.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');

    const gz = await get('/measure/6/', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-length')).toBe(
      String(readFileSync(join(distDir, 'measure/6/index.html.gz')).length),
    );
    expect(gz.body.equals(html)).toBe(true);

    const plain = await get('/measure/6/', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body.equals(html)).toBe(true);
  });

  it("each page's security headers are the ones dist/_headers gives it, its CSP the page's <meta> policy", async () => {
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    for (const path of ['/', '/measure/6/', '/search/', '/check/', '/about/']) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      const expected = rules(path);
      // plain HTTP: HSTS is for HTTPS (deploy/nginx-tls.conf; behind a proxy, when it says the visitor used HTTPS)
      delete expected['strict-transport-security'];
      expect(r.headers.get('strict-transport-security'), path).toBeNull();
      for (const [name, value] of Object.entries(expected)) expect(r.headers.get(name), `${path} ${name}`).toBe(value);
      const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(r.body.toString())?.[1];
      expect(r.headers.get('content-security-policy'), path).toBe(`${normalised(meta ?? '')}; frame-ancestors 'none'`);
      expect(r.headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
      expect(r.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
    // a file that is no page: the headers of every response, no page headers
    const icon = await get('/favicon.svg');
    expect(icon.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(icon.headers.get('x-content-type-options')).toBe('nosniff');
    expect(icon.headers.get('content-security-policy')).toBeNull();
    expect(icon.headers.get('permissions-policy')).toBeNull();
  });

  it('serves the service worker with Cache-Control: no-cache and the manifest as application/manifest+json', async () => {
    const sw = await get('/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.body.equals(readFileSync(join(distDir, 'sw.js')))).toBe(true);
    const version = await get('/site-version.json');
    expect(version.headers.get('cache-control')).toBe('no-cache');
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(JSON.parse(manifest.body.toString()).start_url).toBe('/');
    // and a page's Cache-Control is unchanged by the manifest's location
    expect((await get('/about/')).headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  });

  it('behind a TLS proxy or CDN that says the visitor used HTTPS, a page gets HSTS', async () => {
    const r = await fetch(`${origin}/measure/6/`, { headers: { 'x-forwarded-proto': 'https' } });
    await r.arrayBuffer();
    expect(r.headers.get('strict-transport-security')).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(r.headers.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(
      31536000,
    );
  });

  it('the header files themselves are not served', async () => {
    for (const path of ['/_headers', '/_headers.nginx.conf']) expect((await get(path)).status, path).toBe(404);
  });

  it('hashed assets are cached for a year as immutable; pagefind.js (a stable name) is not', async () => {
    const script = /<script[^>]+src="(\/_astro\/[^"]+\.js)"/.exec(
      readFileSync(join(distDir, 'check/index.html'), 'utf8'),
    )?.[1];
    expect(script).toBeDefined();
    const asset = await get(script ?? '');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(readFileSync(join(distDir, `${script}.br`))).equals(asset.body)).toBe(true);

    const entry = JSON.parse((await get('/pagefind/pagefind-entry.json')).body.toString()) as {
      languages: Record<string, { hash: string }>;
    };
    const hash = Object.values(entry.languages)[0]?.hash;
    // Pagefind's files, stored decompressed (scripts/pagefind-decompress.ts), are sent from their copies too
    const meta = await get(`/pagefind/pagefind.${hash}.pf_meta`);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-encoding')).toBe('br');
    expect(meta.body.equals(readFileSync(join(distDir, `pagefind/pagefind.${hash}.pf_meta`)))).toBe(true);
    const wasm = await get('/pagefind/wasm.unknown.pagefind', 'gzip');
    expect(wasm.headers.get('content-encoding')).toBe('gzip');
    expect(wasm.body.subarray(0, 12).toString()).toBe('pagefind_dcd');
    const fragment = readdirSync(join(distDir, 'pagefind/fragment'))[0];
    expect((await get(`/pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/pagefind/pagefind.js')).headers.get('cache-control')).toBe(
      'public, max-age=300, must-revalidate',
    );
  });

  it("an unknown path is the site's 404 page, with status 404 and the same headers", async () => {
    const r = await get('/no-such-page/');
    expect(r.status).toBe(404);
    expect(r.body.equals(readFileSync(join(distDir, '404.html')))).toBe(true);
    // the 404 page's own policy (keyed by the file nginx sent: $uri after error_page)
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(r.body.toString())?.[1];
    expect(meta).toBeDefined();
    expect(r.headers.get('content-security-policy')).toBe(`${normalised(meta ?? '')}; frame-ancestors 'none'`);
    expect((await get('/404.html')).status).toBe(404); // the page itself is not a route
  });

  it('a directory without its slash is redirected to it, relative to the host it was asked on', async () => {
    const r = await get('/measure/6');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/measure/6/');
  });

  it('a short link /6 is a real redirect to its article', async () => {
    for (const path of ['/6', '/6/']) {
      const r = await get(path);
      expect(r.status, path).toBe(301);
      expect(r.headers.get('location'), path).toBe('/measure/6/');
    }
  });
});
