/**
 * The build a static host runs: plain `npx astro build` in a clean copy of the checkout (its files as git sees them,
 * sharing node_modules), with SITE_URL, as Netlify, Cloudflare Pages or Vercel would run it. It makes the whole site:
 * the pages, the search index and the preloads that name its files (src/integrations/site-build.ts), the headers
 * files and a .br and .gz beside every text file. Everything that names the site uses the address: canonical, og:url,
 * copied links, QR codes, sitemap, robots.txt, printed links and the printout's address. And a production build
 * without SITE_URL refuses to run, with a message that says what to do.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanCopy } from '../clean-copy';

const SITE = 'https://policy.example.org';
// a copy outside the checkout (test/clean-copy.ts), so that its build never clobbers `npm run build` running at once
const work = cleanCopy('clean-build-');
const out = join(work, 'dist');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
/** The environment of a host: none of this checkout's own build settings. */
const hostEnv = (extra: Record<string, string>) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['DIST_DIR', 'ASTRO_CACHE_DIR', 'BUILD_MODE']) delete env[name];
  return env;
};

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a production build', () => {
  it('refuses to run without SITE_URL, and says how to give it', async () => {
    // both ways of asking for a production build at once: each is a start of Astro that stops at its config
    const refusals = await Promise.all(
      (
        [
          [['--production'], {}],
          [[], { BUILD_MODE: 'production' }],
        ] as const
      ).map(([args, extra]) =>
        promisify(execFile)('npx', ['astro', 'build', ...args], {
          cwd: work,
          env: { ...hostEnv({ SITE_URL: '' }), ...extra },
          encoding: 'utf8',
        }).then(
          () => ({ code: 0, stderr: '' }),
          (e: { code?: number; stderr?: string }) => ({ code: e.code, stderr: e.stderr ?? '' }),
        ),
      ),
    );
    for (const r of refusals) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('A production build needs SITE_URL');
      expect(r.stderr).toContain('SITE_URL=https://your.domain npm run build -- --production');
    }
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    // two starts of Astro: work, not a wait, which npm test runs beside the browser tests (scripts/test.ts); under
    // load it took over the site project's 20 s
  }, 120_000);
});

describe(`plain "npx astro build" in a clean copy, with SITE_URL=${SITE}`, () => {
  beforeAll(() => {
    execFileSync('npx', ['astro', 'build'], { cwd: work, env: hostEnv({ SITE_URL: SITE }), stdio: 'pipe' });
  }, 300_000);

  it('makes the search index, and the preloads that name its files', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string }> };
    const hash = entry.languages['zh-cn']?.hash;
    expect(hash).toBeDefined();
    expect(existsSync(join(out, `pagefind/pagefind.${hash}.pf_meta`))).toBe(true);
    expect(readdirSync(join(out, 'pagefind/fragment')).length).toBeGreaterThan(20);
    const search = read('search/index.html');
    expect(search).toContain(`<link rel="preload" href="/pagefind/pagefind.${hash}.pf_meta"`);
    expect(search).toMatch(/<link rel="prefetch" href="\/pagefind\/fragment\/[^"]+\.pf_fragment"/);
    expect(read('measure/6/index.html')).toMatch(/<link rel="prefetch" href="\/pagefind\/index\/[^"]+\.pf_index"/);
  });

  it("writes a .br and a .gz beside the pages, the scripts and Pagefind's files, and the headers files", () => {
    for (const file of ['index.html', 'measure/6/index.html', 'search/index.html', 'pagefind/pagefind.js'])
      for (const ext of ['.br', '.gz']) expect(existsSync(join(out, file + ext)), file + ext).toBe(true);
    const script = readdirSync(join(out, '_astro')).find((f) => f.endsWith('.js'));
    expect(existsSync(join(out, '_astro', `${script}.br`))).toBe(true);
    expect(read('_headers')).toContain('Content-Security-Policy:');
    expect(read('_headers.nginx.conf')).toContain('map $uri $xcgjn_content_security_policy');
    expect(read('.build-site')).toBe(SITE);
  });

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
