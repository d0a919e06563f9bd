// The one place that finds and launches Chromium, for the browser tests, the benchmark and the screenshots.
// Debian's /usr/bin/chromium by default; CHROMIUM_PATH points elsewhere. Browser downloads fail on these machines,
// so nothing here fetches a browser.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

/** Headless, and quiet on a machine with no network but loopback (no update, sync or background requests). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/**
 * The Chromium binary to use; throws an Error that says how to install one.
 * @returns {string}
 */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    ...NAMES.map((n) => `/usr/bin/${n}`),
    ...(process.env.PATH ?? '').split(delimiter).flatMap((dir) => NAMES.map((n) => join(dir, n))),
  ];
  const found = candidates.find((p) => typeof p === 'string' && p !== '' && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium was not found.\n' +
        '  On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
        '  Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
    );
  }
  return found;
}

/**
 * Launches Chromium in this process.
 * @param {import('playwright-core').LaunchOptions} [options]
 */
export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...options });
}

/**
 * Launches Chromium as a server that several processes (the test workers) connect to.
 * @param {import('playwright-core').LaunchServerOptions} [options]
 */
export function launchChromiumServer(options = {}) {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, ...options });
}
