/**
 * The headers files the build writes (src/integrations/headers.ts): dist/_headers (Netlify, Cloudflare Pages, and
 * scripts/static-server.ts) and dist/_headers.nginx.conf (deploy/). Every built page gets, as a header, exactly the
 * Content-Security-Policy of its own <meta> tag plus frame-ancestors, so the two cannot differ; with HSTS, COOP and a
 * Permissions-Policy; every file gets nosniff, a referrer policy and CORP. And the file stays within what Cloudflare
 * Pages reads (100 rules, 2,000 characters a line). test/site/nginx.test.ts checks what nginx sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/static-server.ts';
import { builtPages, distDir } from './built';

const headersText = readFileSync(join(distDir, '_headers'), 'utf8');
const headersFor = parseHeadersFile(headersText);
const nginxText = readFileSync(join(distDir, '_headers.nginx.conf'), 'utf8');

/** A page's <meta> policy as a header carries it: `name value; …`. */
const metaPolicy = (file: string) => {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  expect(meta, file).toBeDefined();
  return (meta ?? '')
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');
};

describe('dist/_headers', () => {
  const pages = builtPages();

  it.each(pages.map((p) => [p.route, p.file] as const))(
    '%s: its CSP header is its <meta> policy plus frame-ancestors, with the page headers',
    (route, file) => {
      const h = headersFor(route);
      expect(h['content-security-policy']).toBe(`${metaPolicy(file)}; frame-ancestors 'none'`);
      expect(Number(/^max-age=(\d+)$/.exec(h['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
        365 * 24 * 3600,
      );
      expect(h['cross-origin-opener-policy']).toBe('same-origin');
      expect(h['cross-origin-resource-policy']).toBe('same-origin');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // the features the site does not use are denied; the copy buttons keep the clipboard
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
        expect(h['permissions-policy'], feature).toContain(`${feature}=()`);
      expect(h['permissions-policy']).toContain('clipboard-write=(self)');
    },
  );

  it('sends each header from one rule per path (a host joins repeated names with a comma)', () => {
    // every pattern that matches a page's path, with the names it sets
    const blocks = headersText.split(/\n(?=\S)/).filter((b) => !b.startsWith('#'));
    for (const route of ['/', '/measure/6/', '/search/']) {
      const names = blocks
        .map((b) => b.split('\n'))
        .filter(([pattern]) => parseHeadersFile(`${pattern}\n  X: y\n`)(route)['x'] === 'y')
        .flatMap(([, ...lines]) => lines.map((l) => l.split(':')[0]!.trim().toLowerCase()));
      expect(names.length, route).toBe(new Set(names).size);
    }
  });

  it('a file that is no page gets the headers of every file, not a page policy', () => {
    const h = headersFor('/_astro/x.js');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cross-origin-resource-policy']).toBe('same-origin');
    expect(h['content-security-policy']).toBeUndefined();
    expect(h['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('the service worker and the version it names are asked for again each time; the manifest has its media type', () => {
    expect(headersFor('/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor('/site-version.json')['cache-control']).toBe('no-cache');
    expect(headersFor('/manifest.webmanifest')['content-type']).toBe('application/manifest+json');
    // the pages keep their short cache
    expect(headersFor('/')['cache-control']).toBeUndefined();
    expect(nginxText).toMatch(/"~\^\/sw\.js" "no-cache";/);
  });

  it('stays within what Cloudflare Pages reads: at most 100 rules, lines of at most 2,000 characters', () => {
    const lines = headersText.split('\n');
    expect(lines.filter((l) => /^\//.test(l)).length).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(2000);
  });
});

describe('dist/_headers.nginx.conf', () => {
  it('maps each page file to the same policy as _headers', () => {
    for (const page of builtPages()) {
      const uri = `/${page.file.slice(distDir.length + 1)}`;
      const line = nginxText.split('\n').find((l) => l.startsWith(`  "${uri}" `));
      expect(line, uri).toBe(`  "${uri}" "${headersFor(page.route)['content-security-policy']}";`);
    }
  });
});
