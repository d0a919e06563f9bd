/** /robots.txt: everything may be crawled; the sitemap is at /sitemap.xml. */
import type { APIRoute } from 'astro';

// The Sitemap line must be an absolute URL: a preview build (no SITE_URL) has neither the line nor a sitemap.
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL('/sitemap.xml', site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
