#!/usr/bin/env node
// npm test: two lines of work side by side, one a core, each going on as soon as its own step before it is done:
//   sources: Prettier, ESLint, astro check, vitest's unit project (none of them needs the built site), then, once the
//            site is built, vitest's site project (the built files);
//   site:    the build, then vitest's browser project (Chromium).
// Neither waits for the other but for the build: the browser tests, which wait on pages more than they compute, start
// as soon as the site is built, while the source checks may still run. The site project is on the sources line
// because that line ends minutes before the other: run after the browser files in one vitest (which orders projects
// by name), its clean-copy build (test/site/site-url-build.test.ts, about 30 s) was the end of the whole run.
// Each line's steps print their time, and the run its wall time.
// With arguments, only vitest runs, with them: `npm test -- --project unit` is the fast loop (no build, no browser).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { staleReason } from './build-inputs.ts';
import { distDir } from './site-dir.ts';

const bin = (name: string): string => join('node_modules', '.bin', name);
const args = process.argv.slice(2);

/** Runs a command; its output is printed in one piece when it ends (parallel output would interleave). */
function run(label: string, cmd: string, cmdArgs: string[], { live = false } = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (!live) process.stdout.write(out);
      console.log(`${code === 0 ? '✓' : '✗'} ${label} (${seconds} s)`);
      resolve(code === 0);
    });
  });
}

if (args.length > 0) {
  process.exit((await run('vitest', bin('vitest'), ['run', ...args], { live: true })) ? 0 : 1);
}

const started = performance.now();
// on CI always built; elsewhere when any input of the build is newer than the site (scripts/build-inputs.ts)
const stale = process.env['CI'] ? 'CI builds every time' : staleReason('.', distDir, process.env['SITE_URL'] ?? '');
const built = stale
  ? (console.log(`Building: ${stale}.`), run('build', bin('astro'), ['build']))
  : (console.log(`Site in ${distDir} is up to date with its sources; not rebuilding.`), Promise.resolve(true));
const sources = (async () => {
  const formatted = await run('prettier --check', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  const linted = await run('eslint', bin('eslint'), ['--max-warnings', '0', '.']);
  // astro check also writes the content collections' data store (.astro/) that the unit tests read
  const typed = await run('astro check', bin('astro'), ['check', '--minimumFailingSeverity', 'warning']);
  const unit = await run('vitest (unit)', bin('vitest'), ['run', '--project', 'unit']);
  const files = (await built) && (await run('vitest (site)', bin('vitest'), ['run', '--project', 'site']));
  return formatted && linted && typed && unit && files;
})();
const site = (async () => {
  if (!(await built)) return false;
  return run('vitest (browser)', bin('vitest'), ['run', '--project', 'browser'], { live: true });
})();
const [sourcesOk, siteOk] = await Promise.all([sources, site]);
console.log(`npm test: ${((performance.now() - started) / 1000).toFixed(0)} s wall time`);
process.exit(sourcesOk && siteOk ? 0 : 1);
