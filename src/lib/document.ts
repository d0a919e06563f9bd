/**
 * The measure as the site shows it: the parsed transcript plus the metadata block that
 * Chinese government sites print above a 公文 (SPEC §6). Astro pages and tests import from here.
 */
import transcript from '../../content/official/xuchang-rensheban-2022-28.txt?raw';
import { allArticles, parseOfficialDocument, type ArticleText } from './official-document';

export const officialDocument = parseOfficialDocument(transcript);
export const officialArticles: ArticleText[] = allArticles(officialDocument);

/** The article with this number; throws for a number the measure does not have. */
export function officialArticle(n: number): ArticleText {
  const a = officialArticles.find((x) => x.number === n);
  if (!a) throw new RangeError(`第${n}条 does not exist (the measure has ${officialArticles.length} articles)`);
  return a;
}

/** 文件属性 as printed on government sites. Values are what the document itself states. */
export const documentMeta = {
  issuers: ['许昌市人力资源和社会保障局', '许昌市财政局'],
  documentNumber: officialDocument.documentNumber,
  title: officialDocument.title,
  noticeTitle: officialDocument.notice.title,
  /** 成文日期: the date under the notice. */
  writtenDate: '2022-09-19',
  /** 发布日期: the issuing line (2022年9月19日印发). */
  publishedDate: '2022-09-19',
  /** 施行日期: 第二十条 "自发布之日起施行". */
  effectiveDate: '2022-09-19',
  effectiveRule: '自发布之日起施行（第二十条）',
  /** 效力状态, only as far as the document states it: it sets no end date. */
  status: '自2022年9月19日起施行；文件未规定有效期限',
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
