/**
 * A copy of the checkout outside it, for a test that runs a whole `astro build` of its own
 * (test/site/site-url-build.test.ts, test/browser/offline.test.ts): its files as a fresh clone of this working state
 * would have them (tracked and new, not ignored), with the checkout's node_modules by a link. A build there has its
 * own dist/, .astro/ cache and .prerender/ chunks, and never clobbers `npm run build` or the dist/ other tests read.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const checkout = fileURLToPath(new URL('..', import.meta.url));

/** Copies the checkout into a new folder under the system's temporary folder, named `prefix…`; returns its path. */
export function cleanCopy(prefix: string): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: checkout,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(join(checkout, f)));
  for (const f of files) {
    mkdirSync(join(work, dirname(f)), { recursive: true });
    cpSync(join(checkout, f), join(work, f));
  }
  symlinkSync(join(checkout, 'node_modules'), join(work, 'node_modules'));
  return work;
}
