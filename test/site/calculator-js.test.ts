/**
 * The byte budget (README.md, Budgets and checks): a page with a calculator loads at most 12 KB of JavaScript, gzip; a page without a widget loads none. Read
 * from the built files (scripts/page-js.ts: the page's module scripts and what they import, statically and, for the
 * calculator's code, dynamically; each file gzipped
 * as scripts/static-server.ts serves it to the bench), for every calculator in the registry, on its article and on
 * its own page. `node scripts/page-js.ts` prints the same figures with each file's share.
 */
import { describe, expect, it } from 'vitest';
import { pageJs } from '../../scripts/page-js.ts';
import { calculatorList } from '../../src/components/calculators';
import { distDir } from './built';

const BUDGET = 12 * 1024;

describe('JavaScript per page (README.md, Budgets and checks)', () => {
  it.each(calculatorList.flatMap((c) => [`/measure/${c.article}/`, `/calculators/${c.name}/`]))(
    '%s: at most 12 KB gzip',
    (route) => {
      // the calculator's code counts, though it loads only when the reader nears it (src/scripts/reading-mode.ts)
      const { files, total } = pageJs(route, distDir, { reached: true });
      expect(files.some((f) => /\/[a-z-]+\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(f.path))).toBe(true);
      expect(files.some((f) => /\/preact\.[\w-]+\.js$/.test(f.path))).toBe(true);
      expect(total, files.map((f) => `${f.path} ${f.gzip} B`).join(', ')).toBeLessThanOrEqual(BUDGET);
    },
  );

  it('/measure/6/ loads no script file with the page: the calculator waits until the reader nears it', () => {
    expect(pageJs('/measure/6/', distDir).files).toEqual([]);
  });

  it('/measure/2/ (no widget) loads no script', () => {
    expect(pageJs('/measure/2/', distDir).files).toEqual([]);
  });
});
