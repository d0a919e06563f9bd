/**
 * What a page gives the share meta (Open Graph / Twitter) and where the build puts the share images and QR codes.
 * No Node imports here: pages and Head.astro use it; the image renderer lives in share-image.ts.
 */
import { chineseNumeral } from './official-document';
import { documentMeta } from './document';
import { siteName } from './site';
import type { ShareCard } from './share-image';
import { amountParameterIds, benefitCatalog, parameters } from '../rules';
import { deferredLine } from './tu-facts';

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

/** A figure as a summary writes it: 4000元, 10万元 (no thousands separator, no space). */
const summaryFigures = (value: number): string[] => [
  `${value}元`,
  ...(value % 10_000 === 0 ? [`${value / 10_000}万元`] : []),
];

/**
 * The deferral words (each benefit's first sentence, from its declaration) of the benefits of article `n` whose
 * amounts `summary` states: “还需确认：办法没有写明这笔资金发给谁、怎样申请，需要向主管部门确认。” under 第六条's
 * 4000元. Undefined when the summary states no uncertain amount.
 */
export function shareCardNote(n: number, summary: string): string | undefined {
  const text = summary.replace(/[\s,]/g, '');
  const lines = benefitCatalog
    .filter((b) => b.articles[0] === n)
    .filter((b) =>
      amountParameterIds(b.amount).some((id) => summaryFigures(parameters[id].value).some((f) => text.includes(f))),
    )
    .map((b) => deferredLine(b, 'first'))
    .filter((line): line is string => line !== null);
  return lines.length === 0 ? undefined : [...new Set(lines)].join('');
}

/** One article's card: its number and chapter, its 条旨 and summary, and the deferral words of the amounts it states. */
export function articleShareCard(a: {
  article: number;
  title: string;
  summary: string;
  chapter: { number: number; title: string };
}): ShareCard {
  const note = shareCardNote(a.article, a.summary);
  return {
    kicker: `第${chineseNumeral(a.article)}条 · 第${chineseNumeral(a.chapter.number)}章 ${a.chapter.title}`,
    title: a.title,
    subtitle: a.summary,
    ...(note === undefined ? {} : { note }),
    footer: siteName,
    footerNote: `${documentMeta.documentNumber}`,
  };
}

export const articleShareImageAlt = (a: { article: number; title: string }): string =>
  `第${chineseNumeral(a.article)}条 ${a.title} — ${siteName}`;
