#!/usr/bin/env node
// npm test: the checks that read sources (Prettier, ESLint, astro check) run beside the build of the site (two
// cores, two lines of work), then every vitest project: unit, site (the built files) and browser (Chromium).
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
const sourceChecks = (async () => {
  const formatted = await run('prettier --check', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
  const linted = await run('eslint', bin('eslint'), ['--max-warnings', '0', '.']);
  const typed = await run('astro check', bin('astro'), ['check', '--minimumFailingSeverity', 'warning']);
  return formatted && linted && typed;
})();
// on CI always built; elsewhere when any input of the build is newer than the site (scripts/build-inputs.ts)
const stale = process.env['CI'] ? 'CI builds every time' : staleReason('.', distDir, process.env['SITE_URL'] ?? '');
const built = stale
  ? (console.log(`Building: ${stale}.`), run('build', bin('astro'), ['build']))
  : (console.log(`Site in ${distDir} is up to date with its sources; not rebuilding.`), Promise.resolve(true));
const [sourcesOk, buildOk] = await Promise.all([sourceChecks, built]);
if (!buildOk) process.exit(1);
const testsOk = await run('vitest', bin('vitest'), ['run'], { live: true });
console.log(`npm test: ${((performance.now() - started) / 1000).toFixed(0)} s wall time`);
process.exit(sourcesOk && testsOk ? 0 : 1);
