/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects:
// - unit: rules, content, widgets, lib; no build, no browser (the fast loop: npm test -- --project unit);
// - site: the built HTML and JSON in dist/, read as files (markup, links, meta, CSP): milliseconds a page;
// - browser: behaviour in Chromium against the built site; one server and one Chromium for the whole run
//   (test/browser/global-setup.ts), two test files at a time.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/rules/**/*.test.ts',
            'test/content/**/*.test.ts',
            'test/widgets/**/*.test.{ts,tsx}',
            'test/lib/**/*.test.ts',
            'test/integrations/**/*.test.ts',
            'test/source/**/*.test.ts',
          ],
          environment: 'node',
          // one module cache per worker instead of one per file: the loop takes half the time; the tests keep no
          // state between files (checked with --sequence.shuffle)
          isolate: false,
          // the same as the other projects: vitest runs projects of one group in one pool, which needs one count
          maxWorkers: 2,
          // npm test runs this project beside the browser tests (scripts/test.ts): a property test of 2,000 cases per
          // calculator takes 0.8 s on a quiet machine and passed vitest's 5 s default at load 9. The work is the
          // test's, not a wait.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          // the built pages are parsed once per worker (test/site/built.ts), not once per file
          isolate: false,
          maxWorkers: 2,
          // A test that reads every built page parses them first: 64 pages with happy-dom, about 1 s on a quiet
          // machine and 5 s on one at load 12, where vitest's 5 s default failed it. The work is the test's, not a wait.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          // one module cache per worker, as in the other projects: each file no longer loads playwright-core and the
          // harness again (about 2 s a file); every file connects its own browser and opens its own contexts
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for a state of the page, as Playwright's own waits do (their default is 30 s); vitest's
          // default of 1 s turned a busy machine into failures
          expect: { poll: { timeout: 30_000 } },
          maxWorkers: 2,
        },
      },
    ],
  },
});
