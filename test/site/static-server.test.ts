/**
 * The server of `npm start`, the browser tests and the bench (scripts/static-server.ts), over HTTP on the built site:
 * odd request targets get an answer, never a crash, and a redirect never leaves the site.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../browser/harness';
import { createStaticHandler } from '../../scripts/static-server.ts';

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer(createStaticHandler(distDir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** GET with the request target exactly as given (fetch would normalise it). */
function get(target: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
      res.resume();
      const { location } = res.headers;
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ...(location ? { location } : {}) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  it('serves a page, redirects a folder without its slash, and answers an unknown path with 404', async () => {
    expect(await get('/measure/6/')).toEqual({ status: 200 });
    expect(await get('/measure/6')).toEqual({ status: 301, location: '/measure/6/' });
    expect((await get('/no-such-page/')).status).toBe(404);
  });

  it('answers targets that start with several slashes, and goes on answering', async () => {
    expect((await get('//')).status).toBe(200);
    expect((await get('///')).status).toBe(200);
    expect((await get('//example.com/')).status).toBe(404);
    expect((await get('/%E0%A4%A/')).status).toBe(404);
    expect(await get('/measure/6/')).toEqual({ status: 200 });
  });

  it('a folder reached through several slashes redirects within the site, not to a host', async () => {
    expect(await get('//measure/6')).toEqual({ status: 301, location: '/measure/6/' });
  });
});
