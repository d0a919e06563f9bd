/**
 * 一图读懂的事实: the facts the 一图读懂 picture (/tu/), its HTML text and the A4 poster show, drawn from the rules module
 * and the document metadata. This is the only module of /tu/ that knows the shape of the rules module's benefit
 * catalog: when the catalog changes shape, only `benefitFacts` and `readerGroupsOf` below change.
 *
 * Pure data, no Node imports: the page, the picture generator and the tests import it.
 */
import {
  amountParameterIds,
  amountText,
  benefitCatalog,
  benefitKindLabels,
  parameters,
  formatParameter,
  ASK_OFFICIALS,
} from '../rules';
import type { Benefit, BenefitId, BenefitKind, ParameterId } from '../rules';
import { chineseDate, documentDates, documentMeta, officialDocument } from './document';
import { chineseNumeral } from './official-document';
import { siteName } from './site';

/** The reader groups of the picture, one panel each (读者群体). */
export const READER_GROUPS = ['workers', 'graduates', 'enterprises', 'schools'] as const;
export type ReaderGroup = (typeof READER_GROUPS)[number];

export const readerGroupLabels: Record<ReaderGroup, string> = {
  workers: '职工和技能人才',
  graduates: '学生和毕业生',
  enterprises: '企业',
  schools: '院校和培训机构',
};

/** A figure the picture prints: a parameter's value as readers see it. */
export interface TuFigure {
  parameterId: ParameterId;
  value: number;
  unit: string;
  /** “4,000 元”, “8%”, “20 万元”. */
  text: string;
}

/** One benefit as the picture shows it. */
export interface TuBenefit {
  id: BenefitId;
  title: string;
  /** 第六条, or 第十条、第十二条 where several articles grant it. */
  articleLabel: string;
  articles: number[];
  kind: BenefitKind;
  /** What kind of thing it is (资金补贴或奖励, 鼓励（不是…）…). */
  kindLabel: string;
  /** The amount as readers see it (每人 4,000 元; 最高 20 万元), or null when the measure gives none. */
  amount: string | null;
  figures: TuFigure[];
  /** The amount's figures that its text does not show (第五条: the 60% for 一线职工), each with its label. */
  figureNotes: string[];
  /** Who it is for, in the catalog's words (printed beside every amount: an amount never travels without them). */
  who: string;
  /** Why it stays 还需确认 even when every condition holds (按有关规定, a recipient not named…), the catalog's words; or null. */
  deferred: string | null;
  /** Its conditions, each in brief. */
  conditions: string[];
}

export interface TuPanel {
  group: ReaderGroup;
  label: string;
  benefits: TuBenefit[];
}

export interface TuChapter {
  label: string;
  title: string;
  /** 第一条—第三条 */
  articles: string;
}

export interface TuFacts {
  document: {
    title: string;
    documentNumber: string;
    issuers: string[];
    /** 印发日期 (the issuing line), in Chinese; the site reads it as the 发布日期 too (documentDates.publicationReading). */
    date: string;
    /** The site's one date statement (document.ts): 2022年9月19日印发，自发布之日起施行（第二十条）. */
    effective: string;
    status: string;
    repeals: string;
    interpreter: string;
  };
  chapters: TuChapter[];
  panels: TuPanel[];
  /** Where to ask, in the site's words (worked.ts). */
  ask: string;
  /** The not-said caveat. */
  caveat: string;
  /** What the scope words mean for a reader. */
  scope: string;
}

/** 6 → 第六条 */
export const articleLabel = (n: number): string => `第${chineseNumeral(n)}条`;

/**
 * A catalog entry's audience and conditions in either shape of the rules module: `audience.type` and plain-string
 * conditions today; `audience.types` and conditions as data (`{ text, words, reading }`) once the rules refactor
 * (benefits declared by article) lands. Both are read here and nowhere else.
 */
type AnyAudience =
  { type: 'person' | 'organisation'; who: string } | { types: readonly ('person' | 'organisation')[]; who: string };
type AnyCondition = string | { text: string; reading: string | null };

function audienceTypes(b: Benefit): readonly ('person' | 'organisation')[] {
  const a = b.audience as AnyAudience;
  return 'types' in a ? a.types : [a.type];
}

/** A condition in brief: its plain words; the site's reading is marked as one, once (a text may carry its own label). */
function conditionBrief(c: AnyCondition): string {
  if (typeof c === 'string') return c;
  return c.reading && !c.text.includes('本站理解') ? `${c.text}（本站理解）` : c.text;
}

/**
 * Which reader groups a benefit is for. Read from the catalog's audience: a person benefit for 学生 or 毕业生 goes to
 * the graduates' panel, any other person benefit to the workers'; an organisation benefit goes to the enterprises'
 * panel when it names 企业, and to the schools' panel when it names 院校, 培训机构 or 实训基地 (both when it names both).
 */
export function readerGroupsOf(b: Benefit): ReaderGroup[] {
  const who = b.audience.who;
  const types = audienceTypes(b);
  const groups: ReaderGroup[] = [];
  if (types.includes('person')) groups.push(/毕业生|学生/.test(who) ? 'graduates' : 'workers');
  if (types.includes('organisation')) {
    if (/企业/.test(who)) groups.push('enterprises');
    if (/院校|培训机构|实训基地/.test(who)) groups.push('schools');
  }
  return groups;
}

function benefitFacts(b: Benefit): TuBenefit {
  const amount = amountText(b.amount);
  const figures = amountParameterIds(b.amount).map((id) => {
    const p = parameters[id];
    return { parameterId: id, value: p.value, unit: p.unit, text: formatParameter(p) };
  });
  return {
    id: b.id,
    title: b.title,
    articles: [...b.articles],
    articleLabel: b.articles.map(articleLabel).join('、'),
    kind: b.kind,
    kindLabel: benefitKindLabels[b.kind],
    amount,
    figures,
    figureNotes: figures
      .filter((f) => !amount?.includes(f.text))
      .map((f) => `${parameters[f.parameterId].label}：${f.text}`),
    who: b.audience.who,
    deferred: b.deferred,
    conditions: (b.conditions as readonly AnyCondition[]).map(conditionBrief),
  };
}

function chapterFacts(): TuChapter[] {
  return officialDocument.chapters.map((c) => {
    const first = c.articles[0];
    const last = c.articles.at(-1);
    const range =
      !first || !last
        ? ''
        : first === last
          ? articleLabel(first.number)
          : `${articleLabel(first.number)}—${articleLabel(last.number)}`;
    return { label: c.label, title: c.title, articles: range };
  });
}

/** Everything the picture, its HTML text and the poster show. */
export function tuFacts(): TuFacts {
  const benefits = benefitCatalog.map((b) => ({ facts: benefitFacts(b), groups: readerGroupsOf(b) }));
  return {
    document: {
      title: documentMeta.title,
      documentNumber: documentMeta.documentNumber,
      issuers: [...documentMeta.issuers],
      date: chineseDate(documentMeta.publishedDate),
      effective: documentDates.statement,
      status: documentMeta.status,
      repeals: `同时废止《${documentMeta.repeals.title}》（${documentMeta.repeals.documentNumber}）`,
      interpreter: documentMeta.interpreter,
    },
    chapters: chapterFacts(),
    panels: READER_GROUPS.map((group) => ({
      group,
      label: readerGroupLabels[group],
      benefits: benefits.filter((x) => x.groups.includes(group)).map((x) => x.facts),
    })),
    ask: `${ASK_OFFICIALS}。`,
    caveat: `具体办理以主管部门规定为准，${ASK_OFFICIALS}。`,
    scope:
      '写有“可”“鼓励”“按有关规定”“经评审认定”的，能否享受要看审核、评审或有关规定；鼓励不是个人可以直接要求的待遇。',
  };
}

/** The headline amounts of the poster: every benefit that states a sum of money or a loan ceiling, once each. */
export function headlineBenefits(facts: TuFacts): TuBenefit[] {
  const seen = new Set<BenefitId>();
  const out: TuBenefit[] = [];
  for (const panel of facts.panels) {
    for (const b of panel.benefits) {
      if (b.amount === null || (b.kind !== 'money' && b.kind !== 'loan-ceiling') || seen.has(b.id)) continue;
      seen.add(b.id);
      out.push(b);
    }
  }
  return out;
}

/** Who an amount is for, as printed beside it: “对象：…” (the catalog's words). */
export const whoLine = (b: Pick<TuBenefit, 'who'>): string => `对象：${b.who}`;

/**
 * Why an amount is not yet certain, as printed beside it: “还需确认：…” (the catalog's words); null when it is certain.
 * `first`: only its first sentence, where space is short (the picture), which names the scope word or the open question.
 */
export const deferredLine = (b: Pick<TuBenefit, 'deferred'>, length: 'all' | 'first' = 'all'): string | null => {
  if (b.deferred === null) return null;
  const text = length === 'first' ? (b.deferred.split(/(?<=。)/)[0] ?? b.deferred) : b.deferred;
  return `还需确认：${text}`;
};

/** An amount with its figures kept whole on a line: the space before 元 / 万元 made non-breaking. */
export const unbrokenAmount = (amount: string): string => amount.replace(/ (?=万?元)/g, '\u00a0');

/** The routes of 一图读懂 and its files. */
export const tuPaths = {
  page: '/tu/',
  poster: '/tu/poster/',
  png: '/tu/yitu.png',
  /** the same picture, narrower, for phones (tu-image.ts, PHONE_PNG_WIDTH) */
  phonePng: '/tu/yitu-phone.png',
  svg: '/tu/yitu.svg',
  shareImage: '/og/tu.png',
} as const;

/** The share card of /tu/. */
export function tuShareCard(): { kicker: string; title: string; subtitle: string; footer: string; footerNote: string } {
  const facts = tuFacts();
  return {
    kicker: '一图读懂',
    title: facts.document.title,
    subtitle: `${facts.panels.map((p) => p.label).join('、')}：各能享受哪些补贴、奖励和待遇，一张图看懂。`,
    footer: siteName,
    footerNote: facts.document.documentNumber,
  };
}
