/**
 * The web app manifest (/manifest.webmanifest) and its icons (/icons/<name>.png), drawn from the site's icon
 * (public/favicon.svg) by resvg when the site is built, so a phone can add the site to its home screen.
 */
import { readFileSync } from 'node:fs';
import { FAVICON_SVG, renderIconPng } from './favicon-ico';
import { siteName } from './site';

/** The icon's own blue (the square of public/favicon.svg), also the browser's toolbar colour on a phone. */
export const THEME_COLOR = '#0b4f8a';
export const MANIFEST_PATH = '/manifest.webmanifest';

/**
 * The icons: the site's icon as it is (rounded square) at 192 and 512 px, and a maskable one, whose blue fills the
 * whole square and whose character sits inside the middle 80 % that every launcher's mask keeps.
 */
export const APP_ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;
export type AppIcon = (typeof APP_ICONS)[number];

/** The icon's SVG for `purpose`: maskable draws the square without its rounded corners and the character at 70 %. */
export function appIconSvg(purpose: AppIcon['purpose'], svg = readFileSync(FAVICON_SVG, 'utf8')): string {
  if (purpose === 'any') return svg;
  const rect = /<rect\b[^>]*\/>/.exec(svg)?.[0];
  if (!rect) throw new Error('public/favicon.svg has no <rect>: the maskable icon cannot be drawn from it');
  const glyph = svg.slice(svg.indexOf(rect) + rect.length, svg.lastIndexOf('</svg>'));
  return svg.replace(
    rect + glyph,
    `<rect width="32" height="32" fill="${THEME_COLOR}"/><g transform="translate(16 16) scale(0.7) translate(-16 -16)">${glyph}</g>`,
  );
}

export const appIconPng = (icon: AppIcon): Uint8Array => renderIconPng(appIconSvg(icon.purpose), icon.size);

export const appManifest = () => ({
  name: siteName,
  short_name: '高技能人才政策',
  description: '《许昌市加强高技能人才队伍建设实施办法》原文、解读与计算，离线也能查看',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  icons: APP_ICONS.map((i) => ({
    src: `/icons/${i.name}.png`,
    sizes: `${i.size}x${i.size}`,
    type: 'image/png',
    purpose: i.purpose,
  })),
});
