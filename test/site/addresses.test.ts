/**
 * Only real addresses, read from dist/ as npm test builds it: a preview build (no SITE_URL). It writes no
 * domain of its own anywhere (no placeholder, no localhost): pages name themselves by path, copy buttons complete the
 * path with the origin they are served from, and what needs an absolute address (og:url, sitemap, QR codes) is left
 * out. The edition (version, build day) is in the footer, both JSON APIs and the change log.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../browser/harness';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
/**
 * Our text files: Pagefind's own library code (dist/pagefind/*.js) is left out, its index is binary; so are the
 * spreadsheet libraries /batch/'s worker loads (SheetJS names the OOXML namespaces, Papa Parse its repository) and
 * the service worker, Workbox's runtime (a warning of its links Workbox's documentation).
 */
const LIBRARY_CHUNK = /^_astro\/(xlsx|papaparse)[\w.-]*\.js$/;
const textFiles = () =>
  files(distDir).filter(
    (f) =>
      /\.(html|json|xml|txt|svg|css|js|webmanifest)$/.test(f) &&
      !relative(distDir, f).startsWith('pagefind') &&
      !LIBRARY_CHUNK.test(relative(distDir, f)) &&
      relative(distDir, f) !== 'sw.js',
  );
/** Vocabularies and formats named by URL, not addresses of this site. */
const NAMESPACES = new Set([
  'https://schema.org',
  'http://www.w3.org',
  'http://www.sitemaps.org',
  // JSON Schema's, in zod, which /batch/'s worker carries with the rules' index
  'http://json-schema.org',
  'https://json-schema.org',
]);

describe('a preview build writes no address of its own', () => {
  it('no absolute URL in any built file but vocabularies (no placeholder domain, no localhost)', () => {
    const found: string[] = [];
    for (const file of textFiles()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/https?:\/\/[\w.-]+(?::\d+)?/g)) {
        if (!NAMESPACES.has(m[0])) found.push(`${relative(distDir, file)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('article pages name themselves by path, copy the path for the script to complete, and have no og:url', () => {
    const html = readFileSync(join(distDir, 'measure', '16', 'index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="/measure/16/">');
    expect(html).not.toContain('og:url');
    expect(html).toMatch(/data-copy="\/measure\/16\/"/);
  });
});

describe('the edition: version and build day', () => {
  const edition = new RegExp(`版本 ${pkg.version.replace(/\./g, '\\.')} · \\d{4}年\\d{1,2}月\\d{1,2}日构建`);

  it('is in the footer of every page, with a link to the change log', () => {
    for (const page of ['index.html', 'measure/16/index.html', 'changes/index.html']) {
      const html = readFileSync(join(distDir, page), 'utf8');
      expect(html, page).toMatch(edition);
      expect(html, page).toContain('<a href="/changes/">更新记录</a>');
    }
  });

  it('is in both JSON APIs', () => {
    for (const api of ['measure.json', 'rules.json']) {
      const json = JSON.parse(readFileSync(join(distDir, 'api', api), 'utf8')) as {
        siteVersion: string;
        buildDate: string;
      };
      expect(json.siteVersion, api).toBe(pkg.version);
      expect(json.buildDate, api).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('/changes/ lists the release and every page announces /feed.xml, an Atom feed with relative links', () => {
    expect(readFileSync(join(distDir, 'changes', 'index.html'), 'utf8')).toContain(`版本 ${pkg.version}`);
    expect(readFileSync(join(distDir, 'index.html'), 'utf8')).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" href="\/feed.xml"/,
    );
    const feed = readFileSync(join(distDir, 'feed.xml'), 'utf8');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(feed).toContain(`版本 ${pkg.version}`);
    expect(feed).toContain('<link rel="self" href="/feed.xml"/>');
  });
});
