/**
 * The other kind of build (issue 16): `astro build` with SITE_URL, into a temporary folder (no search index: it does
 * not depend on the address). Everything that names the site uses that address: canonical, og:url, copied links,
 * QR codes, sitemap, robots.txt, printed links and the printout's address. And a production build without SITE_URL
 * refuses to run, with a message that says what to do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SITE = 'https://policy.example.org';
// Inside the checkout, with its own cache: Astro writes a build's server chunks to <outDir>/.prerender/ only when outDir
// is inside the working directory (otherwise to the shared ./.astro/.prerender/), and its content cache to cacheDir.
// So this build never clobbers `npm run build` running at the same time (issue 12: ERR_MODULE_NOT_FOUND on a busy run).
const cacheRoot = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const work = mkdtempSync(join(cacheRoot, 'site-url-build-'));
const out = join(work, 'dist');
const cache = join(work, 'astro-cache');
const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('a production build', () => {
  it('refuses to run without SITE_URL, and says how to give it', () => {
    const env = { ...process.env, SITE_URL: '', DIST_DIR: out };
    for (const [args, extra] of [
      [['--production'], {}],
      [[], { BUILD_MODE: 'production' }],
    ] as const) {
      const r = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
        env: { ...env, ...extra },
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('A production build needs SITE_URL');
      expect(r.stderr).toContain('SITE_URL=https://your.domain npm run build -- --production');
    }
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe(`a build with SITE_URL=${SITE}`, () => {
  beforeAll(() => {
    execFileSync(join('node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
      env: { ...process.env, SITE_URL: SITE, ASTRO_CACHE_DIR: cache },
      stdio: 'pipe',
    });
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('pages name their address: canonical, og:url, JSON-LD, copied links and the printout', () => {
    const html = read('measure/16/index.html');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/measure/16/">`);
    expect(html).toContain(`<meta property="og:url" content="${SITE}/measure/16/">`);
    expect(html).toContain(`<meta property="og:image" content="${SITE}/og/16.png">`);
    expect(html).toContain(`"url":"${SITE}/measure/16/"`);
    expect(html).toMatch(new RegExp(`data-copy="${SITE}/measure/16/"`));
    expect(html).toContain(`<p>网址：${SITE}/measure/16/</p>`);
  });

  it('internal links print with the full address', () => {
    // minified print.css: main a[href^=\/]:after{content:"（https://…" attr(href) "）";…}
    const rule = /main a\[href\^=\\?\/\]:after\{content:"（([^"]*)" attr\(href\) "）"/.exec(
      read('measure/16/index.html'),
    );
    expect(rule?.[1]).toBe(SITE);
  });

  it('glossary terms print no address: their rule comes after the one that adds the origin, so it wins', () => {
    const html = read('measure/16/index.html');
    const origin = html.search(/main a\[href\^=\\?\/\]:after\{content:"（/);
    const term = html.search(/main a\.term:after[^{]*\{content:none\}/);
    expect(origin).toBeGreaterThan(-1);
    expect(term).toBeGreaterThan(origin);
  });

  it('QR codes encode the address, and the cite bar and the section offer them', () => {
    const svg = read('qr/16.svg');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<path[^>]+d="M/);
    const html = read('measure/16/index.html');
    expect(html.match(/src="\/qr\/16\.svg"/g)).toHaveLength(2);
  });

  it('sitemap.xml lists the pages at the address, robots.txt names it, short links and the feed use it', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain(`<loc>${SITE}/measure/16/</loc>`);
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].every((m) => m[1]!.startsWith(`${SITE}/`))).toBe(true);
    expect(sitemap).not.toContain('/404');
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(read('16/index.html')).toContain(`<link rel="canonical" href="${SITE}/measure/16/">`);
    expect(read('feed.xml')).toContain(`<link rel="self" href="${SITE}/feed.xml"/>`);
    expect(JSON.parse(read('api/measure.json')).metadata.url).toBe(`${SITE}/measure/`);
  });
});
