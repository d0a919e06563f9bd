/**
 * The MDN HTTP Observatory (@mdn/mdn-http-observatory, the scanner behind developer.mozilla.org/observatory) grades
 * the headers of the built site as nginx serves it from deploy/nginx-tls.conf (nginx terminates TLS: HTTP is
 * redirected to HTTPS, HTTPS sends HSTS): A+, with every one of its tests passed.
 *
 * The scanner asks for http://localhost/ and https://localhost/ on the standard ports (it passes no port on), so nginx
 * listens on 127.0.0.1:80 and :443 (CI runs as root), with a certificate for localhost made here and trusted by the
 * scanner through NODE_EXTRA_CA_CERTS; the scan runs in a child process, which reads that variable at its start.
 * The package's install scripts (which download the HSTS preload list) are denied in package.json's allowScripts, as
 * nothing here can reach their hosts: the empty list it then needs is written here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type Nginx } from './nginx-harness';

/** Where the scanner reads the HSTS preload list (src/analyzer/hsts.js of the package); nothing here is preloaded. */
const PRELOAD_LIST = resolve('node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json');

interface TestResult {
  pass: boolean;
  result: string;
  scoreModifier: number;
}
interface ScanResult {
  scan: { grade: string; score: number; testsPassed: number; testsFailed: number; testsQuantity: number };
  tests: Record<string, TestResult>;
}

/** Fails with what to do when something else listens on 127.0.0.1:`port`. */
function portIsFree(port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        new Error(
          e.code === 'EADDRINUSE'
            ? `127.0.0.1:${port} is in use. The Observatory scans the standard ports (80 and 443) only: stop the ` +
                `server that listens there (ss -ltnp 'sport = :${port}' names it) and run this test again.`
            : `cannot listen on 127.0.0.1:${port} (${e.code}): the Observatory test serves on ports 80 and 443, ` +
                'which needs root (as CI runs) or CAP_NET_BIND_SERVICE.',
        ),
      ),
    );
    s.listen(port, '127.0.0.1', () => s.close(() => ok()));
  });
}

describe('the MDN HTTP Observatory grades the site behind deploy/nginx-tls.conf', () => {
  let dir = '';
  let nginx: Nginx | undefined;
  let result: ScanResult | undefined;

  beforeAll(async () => {
    await portIsFree(80);
    await portIsFree(443);
    if (!existsSync(PRELOAD_LIST)) writeFileSync(PRELOAD_LIST, '{}\n');
    dir = mkdtempSync(join(tmpdir(), 'observatory-'));
    const cert = join(dir, 'localhost.pem');
    const key = join(dir, 'localhost.key');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'pipe' },
    );
    nginx = await startNginx(
      'nginx-tls.conf',
      [
        [/^ {2}listen 80;$/m, '  listen 127.0.0.1:80;'],
        [/^ {2}listen \[::\]:80;$/m, ''],
        [/^ {2}listen 443 ssl http2;$/m, '  listen 127.0.0.1:443 ssl http2;'],
        [/^ {2}listen \[::\]:443 ssl http2;$/m, ''],
        [/^ {2}ssl_certificate \S+;$/m, `  ssl_certificate ${cert};`],
        [/^ {2}ssl_certificate_key \S+;$/m, `  ssl_certificate_key ${key};`],
      ],
      'http://127.0.0.1/',
    );
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { scan } from '@mdn/mdn-http-observatory'; console.log(JSON.stringify(await scan('localhost')));",
      ],
      {
        encoding: 'utf8',
        // localhost as 127.0.0.1, where nginx listens, whatever order the resolver gives
        env: { ...process.env, NODE_EXTRA_CA_CERTS: cert, NODE_OPTIONS: '--dns-result-order=ipv4first' },
      },
    );
    result = JSON.parse(out) as ScanResult;
  }, 120_000);

  afterAll(() => {
    nginx?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('A+, every test passed', () => {
    const failed = Object.entries(result?.tests ?? {})
      .filter(([, t]) => !t.pass)
      .map(([name, t]) => `${name}: ${t.result}`);
    expect(failed).toEqual([]);
    expect(result?.scan.testsQuantity).toBe(10);
    expect(result?.scan.testsPassed).toBe(10);
    expect(result?.scan.grade).toBe('A+');
    console.log(
      `Observatory: ${result?.scan.grade}, score ${result?.scan.score}, ${result?.scan.testsPassed}/` +
        `${result?.scan.testsQuantity} tests passed\n` +
        Object.entries(result?.tests ?? {})
          .map(([name, t]) => `  ${name}: ${t.result} (${t.scoreModifier >= 0 ? '+' : ''}${t.scoreModifier})`)
          .join('\n'),
    );
  });
});
