/**
 * What a page gives the share meta (Open Graph / Twitter) and where the build puts the share images and QR codes.
 * No Node imports here: pages and Head.astro use it; the image renderer lives in share-image.ts.
 */
import { chineseNumeral } from './official-document';
import { documentMeta } from './document';
import { siteName } from './site';
import type { ShareCard } from './share-image';

/** Extra head data a page may pass through Base to Head: its share image and its JSON-LD. */
export interface PageShare {
  /** Path of the share image on this site (made absolute in the meta); the home card when absent. */
  image?: string;
  /** Alt text of the share image. */
  imageAlt?: string;
  /** og:type: "article" for an article page, "website" otherwise. */
  type?: 'website' | 'article';
  /** A schema.org object, written as a JSON-LD data block. */
  jsonLd?: Record<string, unknown>;
}

export const homeShareImagePath = '/og/home.png';
export const articleShareImagePath = (n: number): string => `/og/${n}.png`;
/** The article page's QR code (SVG), for posters and WeChat. */
export const articleQrPath = (n: number): string => `/qr/${n}.svg`;

export const homeShareImageAlt = `${siteName}：《${documentMeta.title}》（${documentMeta.documentNumber}）原文、解读与计算`;

/** The home page card: the measure's title. */
export const homeShareCard: ShareCard = {
  kicker: `${documentMeta.issuers.join('、')}`,
  title: documentMeta.title,
  subtitle: '8章20条：逐条官方原文、通俗解读、补贴计算和政策匹配。',
  footer: siteName,
  footerNote: documentMeta.documentNumber,
};

/** One article's card: its number and chapter, its 条旨 and summary. */
export function articleShareCard(a: {
  article: number;
  title: string;
  summary: string;
  chapter: { number: number; title: string };
}): ShareCard {
  return {
    kicker: `第${chineseNumeral(a.article)}条 · 第${chineseNumeral(a.chapter.number)}章 ${a.chapter.title}`,
    title: a.title,
    subtitle: a.summary,
    footer: siteName,
    footerNote: `${documentMeta.documentNumber}`,
  };
}

export const articleShareImageAlt = (a: { article: number; title: string }): string =>
  `第${chineseNumeral(a.article)}条 ${a.title} — ${siteName}`;
