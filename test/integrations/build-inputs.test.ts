/**
 * `npm test` rebuilds the site when any input of the build is newer than it (scripts/build-inputs.ts, read by
 * scripts/test.ts). Checked on this checkout with a stand-in built site whose stamp is a day ahead: up to date; then
 * each input in turn made two days newer (its time restored after): stale. Files the build never reads (the tests,
 * README.md, deploy/) leave it up to date.
 */
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleReason } from '../../scripts/build-inputs.ts';
import { BUILD_SITE, BUILD_STAMP } from '../../src/integrations/site-build.ts';

const DAY = 24 * 3600 * 1000;
const dist = mkdtempSync(join(tmpdir(), 'stale-check-'));

/** `path` made newer than the stand-in build while `check` runs; its times are put back after. */
function touched<T>(path: string, check: () => T): T {
  const { atime, mtime } = statSync(path);
  const later = new Date(Date.now() + 2 * DAY);
  utimesSync(path, later, later);
  try {
    return check();
  } finally {
    utimesSync(path, atime, mtime);
  }
}

describe('whether npm test rebuilds the site', () => {
  beforeAll(() => {
    writeFileSync(join(dist, BUILD_SITE), '');
    writeFileSync(join(dist, BUILD_STAMP), '');
    const ahead = new Date(Date.now() + DAY);
    utimesSync(join(dist, BUILD_STAMP), ahead, ahead);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('a site newer than every input, built for the same address, is up to date', () => {
    expect(staleReason('.', dist, '')).toBe('');
  });

  it.each([
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    'node_modules/.package-lock.json',
    'astro.config.mjs',
    'src/integrations/site-build.ts',
    'src/integrations/headers.ts',
    'scripts/precompress.ts',
    'scripts/search-preloads.ts',
    'src/scripts/reading-mode.ts',
    'src/pages/index.astro',
    'content',
    'public/favicon.svg',
  ])('%s newer than the site: rebuilt', (input) => {
    expect(touched(input, () => staleReason('.', dist, ''))).toBe('a source of the build changed since');
  });

  it.each(['README.md', 'test/integrations/build-inputs.test.ts', 'deploy/nginx.conf'])(
    '%s (not read by the build) newer than the site: not rebuilt',
    (file) => {
      expect(touched(file, () => staleReason('.', dist, ''))).toBe('');
    },
  );

  it('a site built for another address (npm start) is rebuilt for the tests', () => {
    expect(staleReason('.', dist, 'http://127.0.0.1:4321')).toMatch(/another address/);
  });

  it('a folder without a stamp (never built, or a build that failed) is rebuilt', () => {
    const empty = mkdtempSync(join(tmpdir(), 'stale-check-empty-'));
    try {
      expect(staleReason('.', empty, '')).toMatch(/has no \.build-stamp/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
