/**
 * nginx run from the deploy/ files as a host would, for test/site/nginx.test.ts and test/site/observatory.test.ts:
 * each file's paths (the site's root, its includes, listen addresses, the certificate) pointed at the test's, each
 * replaced line required to be there exactly once, so a change to deploy/ that the tests would miss fails here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { distDir } from './built';

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const MISSING =
  'nginx was not found (looked in /usr/sbin, /usr/local/sbin, /usr/bin). The deploy tests run the real server:\n' +
  '  apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static   (as .ci/run does)';
/** Debian's libnginx-mod-http-brotli-static; deploy/xcgjn-site.conf uses its brotli_static. */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NO_BROTLI = `nginx has no brotli_static module (${BROTLI_STATIC}): apt-get install -y --no-install-recommends libnginx-mod-http-brotli-static`;

/** `text` with each pattern replaced; each must match exactly once. */
export function swapLines(text: string, file: string, swaps: readonly [RegExp, string][]): string {
  let out = text;
  for (const [pattern, replacement] of swaps) {
    const count = out.match(new RegExp(pattern.source, 'gm'))?.length ?? 0;
    if (count !== 1) throw new Error(`${file} should have one line matching ${pattern}, has ${count}`);
    out = out.replace(pattern, replacement);
  }
  return out;
}

/** A top-level nginx.conf around the site's file, as Debian's /etc/nginx/nginx.conf includes conf.d/ in http {}. */
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

export interface Nginx {
  dir: string;
  /** nginx -t's arguments for this configuration */
  args: string[];
  stop: () => void;
}

/**
 * Starts nginx with deploy/`confName` (nginx.conf or nginx-tls.conf), its listen lines and certificate replaced by
 * `swaps`, the shared deploy/xcgjn-site.conf and the built site; resolves once `probe` answers.
 */
export async function startNginx(
  confName: 'nginx.conf' | 'nginx-tls.conf',
  swaps: readonly [RegExp, string][],
  probe: string,
): Promise<Nginx> {
  if (!NGINX) throw new Error(MISSING);
  if (!existsSync(BROTLI_STATIC)) throw new Error(NO_BROTLI);
  if (!existsSync(join(distDir, 'index.html.br')) || !existsSync(join(distDir, '_headers.nginx.conf')))
    throw new Error(`${distDir} has no pre-compressed files or no _headers.nginx.conf: run "npm run build".`);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  const site = resolve('deploy', confName);
  writeFileSync(
    join(dir, 'site.conf'),
    swapLines(readFileSync(site, 'utf8'), site, [
      [/^include \/srv\/xcgjn\/_headers\.nginx\.conf;$/m, `include ${distDir}/_headers.nginx.conf;`],
      ...swaps,
    ]).replaceAll('include /etc/nginx/snippets/xcgjn-site.conf;', `include ${dir}/xcgjn-site.conf;`),
  );
  const snippet = resolve('deploy/xcgjn-site.conf');
  writeFileSync(
    join(dir, 'xcgjn-site.conf'),
    swapLines(readFileSync(snippet, 'utf8'), snippet, [[/^root \S+;$/m, `root ${distDir};`]]),
  );
  writeFileSync(join(dir, 'nginx.conf'), mainConf(dir));
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf')];
  const nginx: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  const stop = () => {
    nginx.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  };
  // ready once it answers (or fail with what nginx said)
  for (let i = 0; ; i++) {
    const up = await fetch(probe, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (nginx.exitCode !== null || i > 200) {
      const said = stderr || errorLog();
      stop();
      throw new Error(`nginx did not start: ${said}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { dir, args, stop };
}
