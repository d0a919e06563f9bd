/**
 * What the built pages give to media and machines, read from dist/: JSON-LD (schema.org Legislation), Open Graph and
 * Twitter meta, share images, QR codes, short links, sitemap, robots.txt and /api/measure.json. npm test builds a
 * preview (no SITE_URL): URLs are root-relative there, and what needs an absolute address (og:url, QR codes, the
 * sitemap) is left out; test/site/site-url-build.test.ts checks a build with SITE_URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtDocument, builtPages, builtRedirects, closeBuiltDocuments, distDir, readBuilt } from './built';
import { MeasureJsonSchema } from '../../src/lib/measure-json';

afterAll(closeBuiltDocuments);

const CITATION_6 = '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条';

const canonicalOf = (route: string) =>
  builtDocument(route).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
/** Whether the build knows its public address (SITE_URL). */
const canonicalIsAbsolute = () => /^https?:/.test(canonicalOf('/measure/6/'));
/** A site URL as the build writes it into JSON-LD and meta: absolute with SITE_URL, root-relative in a preview. */
const builtUrl = (path: string) =>
  canonicalIsAbsolute() ? `${new URL(canonicalOf('/measure/6/')).origin}${path}` : path;

describe('JSON-LD (schema.org Legislation)', () => {
  const jsonLd = (route: string) =>
    Array.from(builtDocument(route).querySelectorAll('script[type="application/ld+json"]')).map(
      (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
    );

  it('/measure/: the measure, its identifiers, issuers, jurisdiction, force, language and the 20 articles', async () => {
    const [ld, ...rest] = jsonLd('/measure/');
    expect(rest).toEqual([]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '许昌市加强高技能人才队伍建设实施办法',
      legislationIdentifier: '许人社办〔2022〕28号',
      legislationDate: '2022-09-19',
      legislationPassedBy: [
        { '@type': 'GovernmentOrganization', name: '许昌市人力资源和社会保障局' },
        { '@type': 'GovernmentOrganization', name: '许昌市财政局' },
      ],
      legislationJurisdiction: { name: '许昌市' },
      inLanguage: 'zh-CN',
      url: builtUrl('/measure/'),
    });
    expect(typeof ld?.legislationType).toBe('string');
    const parts = ld?.hasPart as { '@type': string; url: string; legislationIdentifier: string; name: string }[];
    expect(parts).toHaveLength(20);
    expect(parts.map((p) => p.url)).toEqual(Array.from({ length: 20 }, (_, i) => builtUrl(`/measure/${i + 1}/`)));
    expect(parts[5]).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '许人社办〔2022〕28号第六条',
      name: '第六条 技师项目培训补贴',
    });
  });

  it('/measure/6/: the article, part of the measure', async () => {
    const [ld] = jsonLd('/measure/6/');
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      name: '第六条 技师项目培训补贴',
      legislationIdentifier: '许人社办〔2022〕28号第六条',
      url: builtUrl('/measure/6/'),
      inLanguage: 'zh-CN',
      isPartOf: {
        '@type': 'Legislation',
        legislationIdentifier: '许人社办〔2022〕28号',
        url: builtUrl('/measure/'),
        '@id': builtUrl('/measure/#legislation'),
      },
    });
  });

  it('the data block escapes "<" so no text can close the script element', () => {
    for (const file of ['measure/index.html', 'measure/6/index.html']) {
      const html = readFileSync(join(distDir, file), 'utf8');
      const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      expect(block.length).toBeGreaterThan(100);
      expect(block).not.toMatch(/</);
    }
  });
});

describe('Open Graph and Twitter meta', () => {
  const metaOf = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1] ?? null;
  const pages = () => builtPages().filter((p) => p.route !== '/404.html');

  it('every page has og:title, og:description, og:url (its canonical URL; none in a preview build), og:image and the Twitter card', () => {
    for (const { route, file } of pages()) {
      const html = readFileSync(file, 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      for (const key of [
        'og:title',
        'og:description',
        'og:image',
        'og:type',
        'twitter:card',
        'twitter:title',
        'twitter:image',
      ]) {
        expect(metaOf(html, key), `${route} ${key}`).toBeTruthy();
      }
      // Open Graph wants an absolute URL: a preview build (no SITE_URL) has none to give
      expect(metaOf(html, 'og:url'), route).toBe(canonicalIsAbsolute() ? canonical : null);
      expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
      expect(metaOf(html, 'og:image'), route).toBe(
        builtUrl(new URL(metaOf(html, 'og:image') ?? '', 'http://x').pathname),
      );
      expect(metaOf(html, 'og:image'), route).toMatch(/\/og\/[\w-]+\.png$/);
    }
  });

  it('title, description and URL are unique per page; each article has its own share image', () => {
    const seen = { 'og:title': new Set<string>(), 'og:description': new Set<string>(), canonical: new Set<string>() };
    for (const { route, file } of pages()) {
      const html = readFileSync(file, 'utf8');
      for (const key of Object.keys(seen) as (keyof typeof seen)[]) {
        const v =
          (key === 'canonical' ? /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] : metaOf(html, key)) ?? '';
        expect(seen[key].has(v), `${route} repeats ${key} "${v}"`).toBe(false);
        seen[key].add(v);
      }
    }
    for (let n = 1; n <= 20; n++) {
      const html = readFileSync(join(distDir, 'measure', String(n), 'index.html'), 'utf8');
      expect(metaOf(html, 'og:image')).toMatch(new RegExp(`/og/${n}\\.png$`));
      expect(metaOf(html, 'og:type')).toBe('article');
    }
    const a6 = readFileSync(join(distDir, 'measure', '6', 'index.html'), 'utf8');
    expect(metaOf(a6, 'og:description')).toContain('技师项目培训补贴');
  });

  it('share images exist as PNG of at least 1200×630, one per article and one for the home page', () => {
    for (const name of ['home', ...Array.from({ length: 20 }, (_, i) => String(i + 1))]) {
      const png = readFileSync(join(distDir, 'og', `${name}.png`));
      expect(png.subarray(0, 8).toString('hex'), name).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect(png.readUInt32BE(16), `${name} width`).toBeGreaterThanOrEqual(1200);
      expect(png.readUInt32BE(20), `${name} height`).toBeGreaterThanOrEqual(630);
    }
  });
});

describe('QR codes', () => {
  // A QR code is read by another device: it needs the public address. A preview build (npm test) has none, so it has no
  // QR codes; test/site/site-url-build.test.ts checks them in a build with SITE_URL.
  it('a preview build has no QR codes and offers none', () => {
    expect(existsSync(join(distDir, 'qr'))).toBe(false);
    expect(readFileSync(join(distDir, 'measure', '6', 'index.html'), 'utf8')).not.toContain('/qr/');
  });
});

describe('short links, sitemap and robots.txt', () => {
  it('/1 … /20 are static redirect pages to /measure/N/ with a canonical link and a visible link', () => {
    const redirects = new Map(builtRedirects().map((r) => [r.route, r]));
    for (let n = 1; n <= 20; n++) {
      const r = redirects.get(`/${n}/`);
      expect(r?.target, `/${n}`).toBe(`/measure/${n}/`);
      const html = readFileSync(r!.file, 'utf8');
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="(https?://[^"]+)?/measure/${n}/"`));
      expect(html).toContain(`<a href="/measure/${n}/">`);
      expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    }
  });

  it('a preview build writes no sitemap.xml (its URLs must be absolute) and robots.txt names none', () => {
    expect(existsSync(join(distDir, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/);
  });

  it('robots.txt allows crawling', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
  });
});

describe('/api/measure.json', () => {
  it('the built file fits the published schema', () => {
    const json: unknown = JSON.parse(readBuilt('/api/measure.json'));
    const parsed = MeasureJsonSchema.parse(json);
    expect(parsed.articles[5]?.citation).toBe(CITATION_6);
  });

  it('/about/ documents it with an example', () => {
    {
      const page = builtDocument('/about/');
      expect(page.querySelectorAll('main a[href="/api/measure.json"]').length).toBeGreaterThan(0);
      const example = page.querySelector('main pre code')?.textContent;
      expect(example).toContain('"documentNumber": "许人社办〔2022〕28号"');
      expect(example).toContain('"citation": "《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条"');
      expect(() => JSON.parse(example ?? '')).not.toThrow();
    }
  });
});
