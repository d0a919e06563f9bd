// Whether the built site is older than what it is built from, for `npm test` (scripts/test.ts), which then rebuilds.
// Every file of the checkout counts as an input of the build unless it is listed below as one the build never reads:
// a new source file, integration, script or configuration file is an input without anyone adding it here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILD_SITE, BUILD_STAMP } from '../src/integrations/site-build.ts';

/**
 * Paths (relative to the checkout) the build does not read. node_modules/ is left out as a folder, and stands in by
 * npm's record of what it installed (node_modules/.package-lock.json), which changes with every install.
 */
export const NOT_INPUTS = new Set([
  '.git',
  'node_modules',
  'dist',
  'test',
  'test-results',
  'screenshots',
  '.ci',
  'deploy',
  'README.md',
  // the content cache the build writes, and vitest reads (astro.config.mjs, cacheDir)
  '.astro',
]);

function newestInput(path: string, root: string, dist: string): number {
  const rel = relative(root, path);
  if (NOT_INPUTS.has(rel) || path === dist || !existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  // a folder's own time counts (a file deleted from it), except the checkout's: tests add folders there
  return readdirSync(path).reduce(
    (m, f) => Math.max(m, newestInput(join(path, f), root, dist)),
    path === root ? 0 : s.mtimeMs,
  );
}

/** The newest modification time of any input of the build under `root` (milliseconds). */
export function newestInputMtime(root: string, dist: string): number {
  const top = resolve(root);
  return Math.max(
    newestInput(top, top, resolve(dist)),
    newestInput(join(top, 'node_modules', '.package-lock.json'), top, resolve(dist)),
  );
}

/**
 * Why the site in `dist` must be built again, or '' when it is up to date: no stamp, an input newer than the stamp, or
 * built for another address (`npm start` builds for the address it serves; the tests expect a preview build).
 */
export function staleReason(root: string, dist: string, siteUrl = ''): string {
  const stamp = join(dist, BUILD_STAMP);
  if (!existsSync(stamp)) return `${dist} has no ${BUILD_STAMP}`;
  if (newestInputMtime(root, dist) > statSync(stamp).mtimeMs) return 'a source of the build changed since';
  const builtFor = join(dist, BUILD_SITE);
  if (!existsSync(builtFor) || readFileSync(builtFor, 'utf8') !== siteUrl)
    return `built for another address than "${siteUrl}"`;
  return '';
}
