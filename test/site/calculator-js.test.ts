/**
 * SPEC §8: a page with a calculator loads at most 12 KB of JavaScript, gzip; a page without a widget loads none. Read
 * from the built files (scripts/page-js.mjs: the page's module scripts and their static imports, each file gzipped
 * as scripts/static-server.mjs serves it to the bench), for every calculator in the registry, on its article and on
 * its own page. `node scripts/page-js.mjs` prints the same figures with each file's share.
 */
import { describe, expect, it } from 'vitest';
import { pageJs } from '../../scripts/page-js.mjs';
import { calculatorList } from '../../src/components/calculators';
import { distDir } from './built';

const BUDGET = 12 * 1024;

describe('JavaScript per page (SPEC §8)', () => {
  it.each(calculatorList.flatMap((c) => [`/measure/${c.article}/`, `/calculators/${c.name}/`]))(
    '%s: at most 12 KB gzip',
    (route) => {
      const { files, total } = pageJs(route, distDir);
      expect(files.length).toBeGreaterThan(0);
      expect(total, files.map((f) => `${f.path} ${f.gzip} B`).join(', ')).toBeLessThanOrEqual(BUDGET);
    },
  );

  it('/measure/2/ (no widget) loads no script', () => {
    expect(pageJs('/measure/2/', distDir).files).toEqual([]);
  });
});
