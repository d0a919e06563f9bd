// One place that finds and launches Chromium for the browser tests, the benchmark and the screenshots.
// Found at $CHROMIUM_PATH, /usr/bin/chromium, or `chromium` (or chromium-browser, google-chrome) in PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

type LaunchServerOptions = NonNullable<Parameters<typeof chromium.launchServer>[0]>;

/** The flags every caller uses: headless, and nothing that talks to the network on its own. */
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

function inPath(name: string): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', `command -v ${name}`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** The Chromium binary to use, or an Error that says how to get one. */
export function chromiumPath(): string {
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROMIUM_PATH is set to ${env}, which does not exist.`);
  }
  const found =
    ['/usr/bin/chromium'].find((p) => existsSync(p)) ??
    ['chromium', 'chromium-browser', 'google-chrome'].map(inPath).find(Boolean);
  if (!found) {
    throw new Error(
      'Chromium was not found (looked at $CHROMIUM_PATH, /usr/bin/chromium and chromium in PATH).\n' +
        '  On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
        '  Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome',
    );
  }
  return found;
}

/** playwright-core's chromium.launch with the binary and flags above; options are passed on (args are added to ours). */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const { args = [], ...rest } = options;
  return chromium.launch({ executablePath: chromiumPath(), ...rest, args: [...CHROMIUM_ARGS, ...args] });
}

/** The same, as a server that several processes (the test workers) connect to (test/browser/global-setup.ts). */
export function launchChromiumServer(options: LaunchServerOptions = {}): Promise<BrowserServer> {
  const { args = [], ...rest } = options;
  return chromium.launchServer({ executablePath: chromiumPath(), ...rest, args: [...CHROMIUM_ARGS, ...args] });
}
