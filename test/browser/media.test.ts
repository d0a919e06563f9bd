/**
 * Issue 6, for media and research: copy citation and links (clipboard read back), text-fragment links that open the
 * passage, JSON-LD, Open Graph / Twitter meta, share images, QR codes, short links, sitemap and robots.txt, and print.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { distDir, expectCleanLogs, openPage, type PageLog, useSite } from './harness';
import { builtPages, builtRedirects } from './built-routes';
import { officialArticle } from '../../src/lib/document';
import { MeasureJsonSchema } from '../../src/lib/measure-json';

const site = useSite();
const logs: PageLog[] = [];

const CLIPBOARD: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };
const CITATION_6 = '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条';

async function withPage<T>(path: string, options: BrowserContextOptions, fn: (page: Page) => Promise<T>, init?: () => void): Promise<T> {
  const { page, log, close } = await openPage(site(), options);
  logs.push(log);
  if (init) await page.addInitScript(init);
  try {
    await page.goto(site().origin + path, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    await close();
  }
}

/**
 * The origin copied links carry: the one the site was built for (SITE_URL), or in a preview build (a root-relative
 * canonical, issue 16) the origin the page is served from.
 */
function canonicalOrigin(): string {
  const html = readFileSync(join(distDir, 'measure', '6', 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('no canonical link on /measure/6/');
  return new URL(href, site().origin).origin;
}
/** Whether the build knows its public address (SITE_URL); npm test builds a preview, which does not (issue 16). */
function canonicalIsAbsolute(): boolean {
  const html = readFileSync(join(distDir, 'measure', '6', 'index.html'), 'utf8');
  return /<link rel="canonical" href="https?:/.test(html);
}
/** A site URL as the build writes it into JSON-LD and meta: absolute with SITE_URL, root-relative in a preview. */
const builtUrl = (path: string) => (canonicalIsAbsolute() ? `${canonicalOrigin()}${path}` : path);
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects `text` inside the first element matching `selector` (one text node holds it). */
async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, t]) => {
      const root = document.querySelector(sel!);
      if (!root) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(t!);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + t!.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(r);
          return;
        }
      }
      throw new Error(`"${t}" not found in ${sel}`);
    },
    [selector, text],
  );
}

describe('复制引用 and 复制链接', () => {
  it('/measure/6/: 复制引用 copies the standard citation, the article\'s words and the URL, and says so', async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/6/', CLIPBOARD, async (page) => {
      const tools = page.locator('.cite-section .cite-tools');
      await tools.getByRole('button', { name: /复制引用/ }).click();
      await expect.poll(() => tools.locator('[role="status"]').textContent()).toBe('已复制第六条的引用');
      expect(await tools.locator('[role="status"]').isVisible()).toBe(true);
      const copied = await readClipboard(page);
      expect(copied).toBe(`${CITATION_6}\n${officialArticle(6).body}\n${origin}/measure/6/`);
      expect(copied.split('\n')[1]).toMatch(/^实施急需紧缺人才培养计划。.*分别给予每人4000元、5000元、2000元技师项目培训补贴。$/);
    });
  });

  it('/measure/6/: 复制链接 copies the article page\'s URL', async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/6/', CLIPBOARD, async (page) => {
      await page.locator('.cite-section').getByRole('button', { name: /复制链接/ }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/6/`);
    });
  });

  it('/measure/: every article and chapter has a permalink; the controls copy /measure/#art-N and /measure/#ch-N', async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/', CLIPBOARD, async (page) => {
      for (let n = 1; n <= 20; n++) expect(await page.locator(`#art-${n} a.cite-permalink[href="/measure/#art-${n}"]`).count()).toBe(1);
      for (let c = 1; c <= 8; c++) expect(await page.locator(`.cite-chapter a.cite-permalink[href="/measure/#ch-${c}"]`).count()).toBe(1);
      await page.locator('#art-13').getByRole('button', { name: /复制链接/ }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/#art-13`);
      await page.locator('[data-cite-kind="chapter"][data-cite-number="3"]').getByRole('button', { name: /复制链接/ }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/#ch-3`);
      await page.locator('#art-6').getByRole('button', { name: /复制引用/ }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${CITATION_6}\n${officialArticle(6).body}\n${origin}/measure/#art-6`);
      expect(await page.locator('#art-6 [role="status"]').textContent()).toBe('已复制第六条的引用');
    });
  });

  it('without a clipboard, 复制引用 opens 引用本条 with the text selected and tells the reader to copy it', async () => {
    const origin = canonicalOrigin();
    await withPage(
      '/measure/6/',
      {},
      async (page) => {
        const tools = page.locator('.cite-section .cite-tools');
        await tools.getByRole('button', { name: /复制引用/ }).click();
        await expect.poll(() => tools.locator('[role="status"]').textContent()).toMatch(/文字已选中，请按 Ctrl\+C/);
        expect(await tools.locator('details.cite-details').first().getAttribute('open')).not.toBeNull();
        const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
        expect(selected.replace(/\s+/g, '')).toBe(`${CITATION_6}${officialArticle(6).body}${origin}/measure/6/`.replace(/\s+/g, ''));
      },
      () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    );
  });

  it('with JavaScript off: no dead buttons; the permalink is a link and 引用本条 shows the citation and URL', async () => {
    const origin = canonicalOrigin();
    await withPage('/measure/6/', { javaScriptEnabled: false }, async (page) => {
      const tools = page.locator('.cite-section .cite-tools');
      expect(await tools.locator('button:visible').count()).toBe(0);
      expect(await tools.locator('a.cite-permalink').getAttribute('href')).toBe('/measure/6/');
      await tools.locator('summary', { hasText: '引用本条' }).click();
      const shown = (await tools.locator('.cite-copytext').innerText()).replace(/\s+/g, '');
      expect(shown).toContain(CITATION_6);
      // a preview build (no SITE_URL) shows the path: no script completes it with the origin
      expect(shown).toContain(`${canonicalIsAbsolute() ? origin : ''}/measure/6/`);
    });
  });
});

describe('复制此段链接: a link that opens the page at the selected passage', () => {
  it('/measure/6/: selecting words of the official text offers the link; it is the page URL with #:~:text=', async () => {
    const origin = canonicalOrigin();
    const passage = '分别给予每人4000元、5000元、2000元技师项目培训补贴';
    await withPage('/measure/6/', CLIPBOARD, async (page) => {
      const bar = page.locator('[data-selection-bar]');
      expect(await bar.isVisible()).toBe(false);
      await selectText(page, '[data-official-article="6"] .official-body', passage);
      await bar.waitFor({ state: 'visible' });
      await bar.getByRole('button', { name: '复制此段链接' }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${origin}/measure/6/#:~:text=${encodeURIComponent(passage)}`);
      expect(await bar.locator('[role="status"]').textContent()).toMatch(/^已复制此段链接/);
    });
  });

  it('/measure/: a long selection gives a start,end link, and opening it scrolls the passage into view', async () => {
    const origin = canonicalOrigin();
    const body13 = officialArticle(13).body;
    const passage = body13.slice(body13.indexOf('全市技能大赛与世赛'));
    expect(passage.length).toBeGreaterThan(40);
    let link = '';
    await withPage('/measure/', CLIPBOARD, async (page) => {
      await selectText(page, '#art-13 p', passage);
      const bar = page.locator('[data-selection-bar]');
      await bar.waitFor({ state: 'visible' });
      await bar.getByRole('button', { name: '复制此段链接' }).click();
      await expect.poll(() => readClipboard(page)).toMatch(/#:~:text=[^,]+,[^,]+$/);
      link = await readClipboard(page);
    });
    expect(link.startsWith(`${origin}/measure/#:~:text=`)).toBe(true);
    const [start, end] = link.split('#:~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(passage.startsWith(start!)).toBe(true);
    expect(passage.endsWith(end!)).toBe(true);
    // Open it on the test server: Chromium scrolls to the passage (article 13 is far down the page).
    await withPage(link.replace(origin, ''), { viewport: { width: 1280, height: 800 } }, async (page) => {
      await expect
        .poll(() => page.evaluate(() => document.getElementById('art-13')!.getBoundingClientRect().top), { timeout: 5000 })
        .toBeLessThan(800);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(true);
      if (process.env.MEDIA_SHOTS) await page.screenshot({ path: join(process.env.MEDIA_SHOTS, 'text-fragment.png') });
    });
  });
});

describe('JSON-LD (schema.org Legislation)', () => {
  const jsonLd = (page: Page) =>
    page.evaluate(() => Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>));

  it('/measure/: the measure, its identifiers, issuers, jurisdiction, force, language and the 20 articles', async () => {
    const [ld, ...rest] = await withPage('/measure/', {}, jsonLd);
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
      legislationLegalForce: 'https://schema.org/InForce',
      inLanguage: 'zh-CN',
      url: builtUrl('/measure/'),
    });
    expect(typeof ld?.legislationType).toBe('string');
    const parts = ld?.hasPart as { '@type': string; url: string; legislationIdentifier: string; name: string }[];
    expect(parts).toHaveLength(20);
    expect(parts.map((p) => p.url)).toEqual(Array.from({ length: 20 }, (_, i) => builtUrl(`/measure/${i + 1}/`)));
    expect(parts[5]).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '许人社办〔2022〕28号第六条', name: '第六条 技师项目培训补贴' });
  });

  it('/measure/6/: the article, part of the measure', async () => {
    const [ld] = await withPage('/measure/6/', {}, jsonLd);
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      name: '第六条 技师项目培训补贴',
      legislationIdentifier: '许人社办〔2022〕28号第六条',
      url: builtUrl('/measure/6/'),
      inLanguage: 'zh-CN',
      isPartOf: { '@type': 'Legislation', legislationIdentifier: '许人社办〔2022〕28号', url: builtUrl('/measure/'), '@id': builtUrl('/measure/#legislation') },
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
      for (const key of ['og:title', 'og:description', 'og:image', 'og:type', 'twitter:card', 'twitter:title', 'twitter:image']) {
        expect(metaOf(html, key), `${route} ${key}`).toBeTruthy();
      }
      // Open Graph wants an absolute URL: a preview build (no SITE_URL) has none to give
      expect(metaOf(html, 'og:url'), route).toBe(canonicalIsAbsolute() ? canonical : null);
      expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
      expect(metaOf(html, 'og:image'), route).toBe(builtUrl(new URL(metaOf(html, 'og:image') ?? '', 'http://x').pathname));
      expect(metaOf(html, 'og:image'), route).toMatch(/\/og\/[\w-]+\.png$/);
    }
  });

  it('title, description and URL are unique per page; each article has its own share image', () => {
    const seen = { 'og:title': new Set<string>(), 'og:description': new Set<string>(), canonical: new Set<string>() };
    for (const { route, file } of pages()) {
      const html = readFileSync(file, 'utf8');
      for (const key of Object.keys(seen) as (keyof typeof seen)[]) {
        const v = (key === 'canonical' ? /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] : metaOf(html, key)) ?? '';
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

  it('opening /6 in the browser lands on /measure/6/', async () => {
    await withPage('/6', {}, async (page) => {
      await page.waitForURL(/\/measure\/6\/$/);
      expect(await page.textContent('h1')).toContain('第六条');
    });
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
  it('the built file fits the published schema', async () => {
    const json: unknown = await withPage('/measure/', {}, (page) => page.evaluate(() => fetch('/api/measure.json').then((r) => r.json())));
    const parsed = MeasureJsonSchema.parse(json);
    expect(parsed.articles[5]?.citation).toBe(CITATION_6);
  });

  it('/about/ documents it with an example', async () => {
    await withPage('/about/', {}, async (page) => {
      expect(await page.locator('main a[href="/api/measure.json"]').count()).toBeGreaterThan(0);
      const example = await page.locator('main pre code').first().textContent();
      expect(example).toContain('"documentNumber": "许人社办〔2022〕28号"');
      expect(example).toContain('"citation": "《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条"');
      expect(() => JSON.parse(example ?? '')).not.toThrow();
    });
  });
});

describe('print', () => {
  it('/measure/6/ prints as a clean document (no navigation or buttons, the colophon, link targets) to PDF', async () => {
    await withPage('/measure/6/', {}, async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.cite-tools', '.pager', '.breadcrumb']) {
        expect(await page.locator(selector).first().isVisible(), `${selector} is printed`).toBe(false);
      }
      expect(await page.locator('.print-colophon').isVisible()).toBe(true);
      expect(await page.locator('.print-colophon').textContent()).toContain(CITATION_6);
      // a site path prints as the full address with SITE_URL, and not at all in a preview build (issue 16)
      const after = await page.locator('main a[href="/measure/#art-6"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toBe('none');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      writeFileSync(join(process.env.MEDIA_SHOTS ?? tmpdir(), 'measure-6.pdf'), pdf);
    });
  });

  it('打印 starts printing', async () => {
    await withPage(
      '/measure/6/',
      {},
      async (page) => {
        await page.locator('.cite-section').getByRole('button', { name: '打印' }).click();
        expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      },
      () => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed++;
        };
      },
    );
  });
});

describe('the whole visit', () => {
  it('no console error, no page error, no request left the local server', () => {
    expect(logs.length).toBeGreaterThan(10);
    expectCleanLogs(logs);
    expect(existsSync(join(distDir, 'og', 'home.png'))).toBe(true);
  });
});
