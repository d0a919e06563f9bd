/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: "unit" (rules, content, widgets: fast, no browser) and "browser" (the built site in Chromium).
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/rules/**/*.test.ts', 'test/content/**/*.test.ts', 'test/widgets/**/*.test.{ts,tsx}', 'test/lib/**/*.test.ts', 'test/integrations/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts', 'test/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // one Chromium at a time on a 2-core machine
          fileParallelism: false,
        },
      },
    ],
  },
});
