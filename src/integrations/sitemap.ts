/**
 * Writes dist/sitemap.xml after the build: every built page, with its canonical URL. Left out: 404, the offline page
 * (what the service worker shows for a page not saved), and the static
 * redirect pages (short links /1 … /20), recognised by their meta refresh so a redirect page added later is left out too.
 * Written here rather than with @astrojs/sitemap so the file is the plain /sitemap.xml that robots.txt names.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const REFRESH = /<meta[^>]+http-equiv=["']?refresh/i;
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap XML for these absolute page URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const body = urls.map((u) => `  <url><loc>${xmlEscape(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'xc-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) {
          logger.info('preview build (no SITE_URL): no sitemap.xml, whose URLs must be absolute');
          return;
        }
        const origin = site;
        const urls = pages
          .map((p) => p.pathname)
          .filter((path) => !['404/', '404', 'offline/'].includes(path))
          .filter((path) => {
            const file = fileURLToPath(
              new URL(`${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`, dir),
            );
            try {
              return !REFRESH.test(readFileSync(file, 'utf8'));
            } catch {
              return false; // not an HTML page (an endpoint's file)
            }
          })
          .map((path) => new URL(`/${path}`, origin).href)
          .sort();
        writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
