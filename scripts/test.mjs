#!/usr/bin/env node
// npm test: type-check, build the site if its sources changed since the last build, then run every vitest project.
// Extra arguments go to vitest (e.g. `npm test -- --project unit`).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site-dir.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newestMtime(join(path, f))), s.mtimeMs);
}

const stamp = join(distDir, '.build-stamp');
const sources = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'scripts/build.mjs', 'scripts/site-url.mjs'];
const builtFor = join(distDir, '.build-site');
const stale =
  !existsSync(stamp) ||
  sources.some((s) => newestMtime(s) > statSync(stamp).mtimeMs) ||
  // built for another address (npm start builds for the address it serves; the tests expect a preview build)
  !existsSync(builtFor) ||
  readFileSync(builtFor, 'utf8') !== (process.env.SITE_URL ?? '');
try {
  run(bin('astro'), ['check', '--minimumFailingSeverity', 'warning']);
  if (stale || process.env.CI) run(process.execPath, ['scripts/build.mjs']);
  else console.log(`Site in ${distDir} is up to date with its sources; not rebuilding.`);
  run(bin('vitest'), ['run', ...process.argv.slice(2)]);
} catch (e) {
  process.exit(typeof e.status === 'number' ? e.status : 1);
}
