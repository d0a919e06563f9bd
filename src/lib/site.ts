/** Site-wide names and navigation: words, not logic. */
/** The site name in two parts: where a narrow header may break it onto two lines (许昌高技能 / 人才政策). */
/** The site's name by its words: the header breaks it only between them (许昌 / 高技能人才 / 政策). */
export const siteNameParts = ['许昌', '高技能人才', '政策'] as const;
export const siteName = siteNameParts.join('');
export const siteTagline = '《许昌市加强高技能人才队伍建设实施办法》原文、解读与计算';

export const mainNav = [
  { href: '/measure/', section: '/measure/', label: '全文' },
  { href: '/check/', section: '/check/', label: '政策匹配' },
  { href: '/calculators/', section: '/calculators/', label: '计算器' },
  { href: '/guides/workers/', section: '/guides/', label: '指南' },
  { href: '/glossary/', section: '/glossary/', label: '术语' },
  { href: '/about/', section: '/about/', label: '关于' },
] as const;

/**
 * Addresses (only real addresses). A deployed build knows its public origin (SITE_URL → Astro's `site`) and
 * writes absolute URLs. A preview build (no SITE_URL: tests, CI) does not know where it will be served, so it writes
 * root-relative paths, which the browser resolves against wherever the page is served, and leaves out what needs an
 * absolute address (og:url, sitemap.xml, the QR codes). It never invents a domain.
 */
export function siteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
