// SITE_URL, the public origin a build is made for: checked before building (src/integrations/site-build.ts).

/**
 * Why this SITE_URL cannot be built with, as a message for the deployer; '' when it can. In a production build it is
 * required; in a preview build it may be absent, but when given it must be valid too.
 */
export function checkSiteUrl(siteUrl: string | undefined, production: boolean): string {
  if (!siteUrl) {
    return production
      ? 'A production build needs SITE_URL, the public address the site will be served at, for example:\n' +
          '  SITE_URL=https://your.domain npm run build -- --production\n' +
          'Copied links, citations, QR codes, the sitemap and printouts carry this address. (Without --production and\n' +
          'BUILD_MODE=production, "npm run build" makes a preview build with relative addresses only.)'
      : '';
  }
  let url;
  try {
    url = new URL(siteUrl);
  } catch {
    return `SITE_URL is not a URL: "${siteUrl}". Give the public origin, for example https://your.domain`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL must start with https:// (or http://): "${siteUrl}"`;
  if (url.pathname !== '/' || url.search || url.hash) {
    return `SITE_URL must be an origin without a path (the site is served from the root): "${siteUrl}" → ${url.origin}`;
  }
  return '';
}
