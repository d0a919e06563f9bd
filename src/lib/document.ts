/**
 * The measure as the site shows it: the parsed transcript plus the metadata block that
 * Chinese government sites print above a 公文. Astro pages and tests import from here.
 */
import transcript from '../../content/official/xuchang-rensheban-2022-28.txt?raw';
import { allArticles, parseOfficialDocument, type ArticleText } from './official-document';

export const officialDocument = parseOfficialDocument(transcript);
export const officialArticles: ArticleText[] = allArticles(officialDocument);

/** How many chapters and articles the measure has, counted from the transcript (“8章20条”). */
export const documentShape = {
  chapters: officialDocument.chapters.length,
  articles: officialArticles.length,
  text: `${officialDocument.chapters.length}章${officialArticles.length}条`,
} as const;

/** The article with this number; throws for a number the measure does not have. */
export function officialArticle(n: number): ArticleText {
  const a = officialArticles.find((x) => x.number === n);
  if (!a) throw new RangeError(`第${n}条 does not exist (the measure has ${officialArticles.length} articles)`);
  return a;
}

/** 2022年9月19日 (or 2022年9月19日印发) → 2022-09-19; throws on anything else, so a changed transcript stops the build. */
export function isoFromChineseDate(text: string): string {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:印发)?$/.exec(text.trim());
  if (!m) throw new Error(`official text: not a date: ${text}`);
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** 第二十条's words on when the measure takes effect ("自发布之日起施行"), read from the transcript. */
function effectiveWords(): string {
  const m = /自[^，。；]*起施行/.exec(officialArticle(20).body);
  if (!m) throw new Error('official text: 第二十条 no longer says from when the measure takes effect');
  return m[0];
}

/**
 * The dates and status, stated once and built from the document's own words: the date under the
 * notice, the date of the issuing line (印发), and 第二十条 ("自发布之日起施行"). The document gives no separate
 * 发布日期; the site reads the 印发 date as the publication date, and so as the date it took effect — a reading,
 * labelled as such wherever the date is explained (publicationReading).
 */
const writtenDate = isoFromChineseDate(officialDocument.notice.date);
const issuedDate = isoFromChineseDate(officialDocument.issuingLine.date);
const effectiveRule = effectiveWords();
const VALIDITY = '文件没有规定有效期限；此后是否修订或废止，以官方发布为准';

export const documentDates = {
  /** 成文日期: the date under the notice. */
  writtenDate,
  /** 印发日期: the issuing line at the end of the document. */
  issuedDate,
  /** 发布日期 as the site reads it: the 印发 date (publicationReading). */
  publishedDate: issuedDate,
  /** 施行日期: 第二十条 "自发布之日起施行", so the publication date. */
  effectiveDate: issuedDate,
  /** 第二十条's own words. */
  effectiveRule,
  /** The one short statement every page uses: 2022年9月19日印发，自发布之日起施行（第二十条）. */
  statement: `${chineseDate(issuedDate)}印发，${effectiveRule}（第二十条）`,
  /** What the document does not say about its validity. */
  validity: VALIDITY,
  /** 效力状态, only as far as the document states it. */
  status: `${effectiveRule}（第二十条）；${VALIDITY}`,
  /** The reading behind publishedDate and effectiveDate (shown after the label 本站理解：). */
  publicationReading: `文件只写了“${effectiveRule}”，没有另写发布日期；本站以文件落款的印发日期（${chineseDate(issuedDate)}）作为发布日期，也就是施行日期。如官方公布的发布日期与此不同，以官方为准。`,
} as const;

/** The shared readings an MDX file may show as `<Reading>{name}</Reading>`, by the expression it writes. */
export const sharedReadings: Readonly<Record<string, string>> = {
  'documentDates.publicationReading': documentDates.publicationReading,
};

/** 文件属性 as printed on government sites. Values are what the document itself states (dates: documentDates). */
export const documentMeta = {
  issuers: ['许昌市人力资源和社会保障局', '许昌市财政局'],
  documentNumber: officialDocument.documentNumber,
  title: officialDocument.title,
  noticeTitle: officialDocument.notice.title,
  writtenDate: documentDates.writtenDate,
  publishedDate: documentDates.publishedDate,
  effectiveDate: documentDates.effectiveDate,
  effectiveRule: `${effectiveRule}（第二十条）`,
  status: documentDates.status,
  interpreter: '市人社局（第二十条：本办法由市人社局负责解释）',
  repeals: {
    title: '许昌市高技能人才振兴计划实施办法',
    documentNumber: '许人才委〔2019〕12号',
    issuer: '中共许昌市委人才工作委员会',
  },
} as const;

/** 2022-09-19 → 2022年9月19日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The standard citation: 《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）第六条 */
export function citation(articleNumber?: number): string {
  const base = `《${documentMeta.title}》（${documentMeta.documentNumber}）`;
  return articleNumber === undefined ? base : base + officialArticle(articleNumber).label;
}

/** The chapter with this number (第三章 培养模式 …). */
export function officialChapter(n: number) {
  const c = officialDocument.chapters.find((x) => x.number === n);
  if (!c) throw new RangeError(`第${n}章 does not exist`);
  return c;
}
