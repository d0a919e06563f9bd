/**
 * Once for the whole browser project: serve the built site on 127.0.0.1 and start one Chromium that every test file
 * connects to (test/browser/harness.ts), so test files can run side by side without each starting its own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createStaticHandler } from '../../scripts/static-server.ts';
import { launchChromiumServer } from '../../scripts/chromium.ts';
import { builtPages, distDir } from '../site/built';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  builtPages(); // fails with a clear message when there is no build
  const server = createServer(createStaticHandler(distDir));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromiumServer();
  project.provide('siteOrigin', `http://127.0.0.1:${port}`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  };
}
