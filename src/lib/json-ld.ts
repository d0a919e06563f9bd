/**
 * schema.org Legislation as JSON-LD for /measure/ (the measure, with its 20 articles as parts) and /measure/N/
 * (one article, part of the measure). Values are what the document states; datePublished is the 印发 date, which the
 * site reads as the publication date (documentDates.publicationReading).
 */
import { documentMeta, officialDocument, citation } from './document';
import { allArticles } from './official-document';
import { siteUrl } from './site';
import { articlePath, measurePath } from '../rules';

const SCHEMA = 'https://schema.org';
// No legislationLegalForce: the document says only "自发布之日起施行" and sets no end date; whether it is still in
// force today is for the official publisher to say, not this site. Dates: documentDates.

function measureId(site: URL | undefined): string {
  return siteUrl(`${measurePath}#legislation`, site);
}

/** The measure as a whole, as the full-text page describes it. */
function measureCore(site: URL | undefined) {
  return {
    '@type': 'Legislation',
    '@id': measureId(site),
    name: documentMeta.title,
    alternateName: citation(),
    legislationIdentifier: documentMeta.documentNumber,
    legislationType: '实施办法',
    url: siteUrl(measurePath, site),
  };
}

/** JSON-LD for /measure/. */
export function measureJsonLd(
  site: URL | undefined,
  articleTitles: ReadonlyMap<number, string>,
): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    ...measureCore(site),
    legislationDate: documentMeta.writtenDate,
    datePublished: documentMeta.publishedDate,
    legislationPassedBy: documentMeta.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    // 第二十条: 本办法由市人社局负责解释
    legislationResponsible: { '@type': 'GovernmentOrganization', name: documentMeta.issuers[0] },
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: '许昌市' },
    inLanguage: 'zh-CN',
    hasPart: allArticles(officialDocument).map((a) => ({
      '@type': 'Legislation',
      '@id': siteUrl(`${articlePath(a.number)}#legislation`, site),
      name: `${a.label} ${articleTitles.get(a.number) ?? ''}`.trim(),
      legislationIdentifier: `${documentMeta.documentNumber}${a.label}`,
      url: siteUrl(articlePath(a.number), site),
    })),
  };
}

/** JSON-LD for /measure/N/: the article, part of the measure. */
export function articleJsonLd(site: URL | undefined, n: number, title: string): Record<string, unknown> {
  const a = allArticles(officialDocument).find((x) => x.number === n);
  if (!a) throw new RangeError(`第${n}条 does not exist`);
  return {
    '@context': SCHEMA,
    '@type': 'Legislation',
    '@id': siteUrl(`${articlePath(n)}#legislation`, site),
    name: `${a.label} ${title}`,
    alternateName: citation(n),
    legislationIdentifier: `${documentMeta.documentNumber}${a.label}`,
    legislationDate: documentMeta.writtenDate,
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: '许昌市' },
    inLanguage: 'zh-CN',
    url: siteUrl(articlePath(n), site),
    text: a.body,
    isPartOf: measureCore(site),
  };
}

/**
 * The JSON text for a <script type="application/ld+json"> data block. `<`, `>` and `&` are escaped as \u003c …
 * so that no string in the data can close the script element.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
