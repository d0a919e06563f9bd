/**
 * The nginx configuration in deploy/nginx.conf, as a host would run it: `nginx -t` accepts it, and nginx serving the
 * built site from it on a loopback port answers with the pre-compressed files, the cache headers, the CSP
 * frame-ancestors header and the site's 404 page. nginx is a Debian package (.ci/run installs it with the
 * brotli_static module); without it this test fails and says so.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../browser/harness';

const SITE_CONF = resolve('deploy/nginx.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const MISSING =
  'nginx was not found (looked in /usr/sbin, /usr/local/sbin, /usr/bin). The deploy test runs the real server:\n' +
  '  apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static   (as .ci/run does)';
/** Debian's libnginx-mod-http-brotli-static; deploy/nginx.conf uses its brotli_static. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NO_BROTLI = `nginx has no brotli_static module (${BROTLI_STATIC}): apt-get install -y --no-install-recommends libnginx-mod-http-brotli-static`;

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

/** deploy/nginx.conf with its listen and root lines pointed at this test's port and dist/ (each must be there once). */
function siteConfFor(port: number): string {
  let text = readFileSync(SITE_CONF, 'utf8');
  const swap = (pattern: RegExp, replacement: string) => {
    expect(
      text.match(new RegExp(pattern, 'gm'))?.length,
      `deploy/nginx.conf should have one line matching ${pattern}`,
    ).toBe(1);
    text = text.replace(pattern, replacement);
  };
  swap(/^ {2}listen 80;$/m, `  listen 127.0.0.1:${port};`);
  swap(/^ {2}listen \[::\]:80;$/m, '');
  swap(/^ {2}root \S+;$/m, `  root ${distDir};`);
  return text;
}

/** A top-level nginx.conf around the site file, as Debian's /etc/nginx/nginx.conf includes conf.d/ in http {}. */
function mainConf(dir: string): string {
  return [
    // as root (CI), the worker would run as nobody and could not read a clone in a private temp folder: it runs as the
    // one who started it. (Not as root, nginx ignores the line with a warning, so it is left out.)
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'daemon off;',
    'worker_processes 1;',
    `load_module ${BROTLI_STATIC};`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    `  include ${dir}/site.conf;`,
    '}',
  ].join('\n');
}

interface Reply {
  status: number;
  headers: Headers;
  body: Buffer;
}

describe('deploy/nginx.conf serves the built site', () => {
  let dir = '';
  let origin = '';
  let nginx: ChildProcess | undefined;
  let stderr = '';

  beforeAll(async () => {
    if (!NGINX) throw new Error(MISSING);
    if (!existsSync(BROTLI_STATIC)) throw new Error(NO_BROTLI);
    if (!existsSync(join(distDir, 'index.html.br')))
      throw new Error(`${distDir} has no pre-compressed files: run "npm run build".`);
    dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
    const port = await freePort();
    writeFileSync(join(dir, 'site.conf'), siteConfFor(port));
    writeFileSync(join(dir, 'nginx.conf'), mainConf(dir));
    nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    nginx.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    origin = `http://127.0.0.1:${port}`;
    // ready once it answers (or fail with what nginx said)
    for (let i = 0; ; i++) {
      const up = await fetch(`${origin}/`).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (nginx.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${stderr || readErrorLog()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  afterAll(() => {
    nginx?.kill('SIGQUIT');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const readErrorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');

  const get = async (path: string, encoding = 'br, gzip'): Promise<Reply> => {
    const r = await fetch(origin + path, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });
    // fetch decodes br/gzip itself; the raw bytes are checked against the files below
    return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
  };

  it('nginx -t accepts the configuration', () => {
    if (!NGINX) throw new Error(MISSING);
    const out = execFileSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe(''); // nginx -t writes to stderr; a failure throws with its message
  });

  it('serves a page from its pre-compressed .br, or .gz, as it is, with a short cache and the CSP frame-ancestors header', async () => {
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
    expect(br.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(br.headers.get('x-content-type-options')).toBe('nosniff');

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
    // Pagefind's files, stored decompressed (scripts/pagefind-decompress.mjs), are sent from their copies too
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
    expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
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
