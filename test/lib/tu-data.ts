/**
 * Test data for 一图读懂, written by hand from the official text: which
 * benefits each reader group's panel must show, the document's facts and the eight chapters. The tests compare the
 * generated picture and page with these, and the figures with the parameters' own declared values.
 */
import { readFileSync } from 'node:fs';
import type { BenefitId } from '../../src/rules';
import type { ReaderGroup } from '../../src/lib/tu-facts';

/** Every benefit the measure offers each group (written by hand from the official text). */
export const expectedPanels: Record<ReaderGroup, BenefitId[]> = {
  workers: [
    'technician-training-subsidy',
    'senior-technician-training-subsidy',
    'senior-technician-upgrade-subsidy',
    'city-competition-award',
    'full-senior-title-direct',
    'associate-senior-title-direct',
    'public-institution-green-channel',
    'introduced-talent-support',
    'relaxed-technician-requirements',
    'cross-track-titles',
    'skills-honours',
    'gold-collar-training',
    'equal-treatment-with-engineers',
  ],
  graduates: [
    'intermediate-evaluation',
    'advanced-evaluation',
    'technician-evaluation',
    'academic-equivalence',
    'startup-subsidy',
    'startup-guaranteed-loan',
    'startup-project-support',
  ],
  enterprises: [
    'master-studio-grant',
    'education-fund-deduction',
    'enterprise-self-evaluation',
    'evaluation-organisation-filing',
  ],
  schools: ['master-studio-grant', 'evaluation-organisation-filing', 'training-base-project'],
};

/**
 * The words that must stand beside each amount wherever it travels without its article (the picture, /tu/, the
 * poster): who it is for and, where the measure leaves it open, why it is not yet certain. Typed from the official
 * text, by hand; every benefit that has an amount is listed, so a new amount needs its words here.
 */
const GRADUATES = '技工院校高级工班、预备技师（技师）班毕业生';
export const amountWhoWords: Record<string, string[]> = {
  'education-fund-deduction': ['企业'],
  'technician-training-subsidy': ['技师项目', '新培养的技师', '发给谁'],
  'senior-technician-training-subsidy': ['技师项目', '新培养的高级技师', '发给谁'],
  'senior-technician-upgrade-subsidy': ['高级技师岗位技能提升培训', '发给谁'],
  'master-studio-grant': ['新认定的市级技能大师工作室', '发给谁'],
  'city-competition-award': ['获得全市技能大赛第一名、第二名、第三名和优胜奖的选手'],
  'startup-subsidy': [GRADUATES, '按有关规定'],
  'startup-guaranteed-loan': [GRADUATES, '按有关规定', '最高额度'],
  'startup-project-support': [GRADUATES, '按有关规定', '评选'],
};

export const expectedDocument = {
  title: '许昌市加强高技能人才队伍建设实施办法',
  documentNumber: '许人社办〔2022〕28号',
  issuers: ['许昌市人力资源和社会保障局', '许昌市财政局'],
  date: '2022年9月19日',
};

export const expectedChapters = [
  '总则',
  '主要目标',
  '培养模式',
  '项目建设',
  '评价方式',
  '激励机制',
  '工作职责',
  '附则',
];

/** The caveat's words the issue asks for. */
export const expectedCaveat = ['具体办理以主管部门规定为准', '12333'];

/** Units of the figures a reader sees, and the parameter unit each stands for. */
export const figureUnits = { 元: 'yuan', 万元: 'yuan', '%': 'percent', 名: 'persons', 年: 'years' } as const;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** The words of an SVG fragment: its <text> elements' contents, in order, joined without separators. */
export function svgWords(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? '')).join('');
}

/** The SVG of one reader group's panel (from its <g id="tu-panel-…"> to the next top-level section). */
export function svgPanel(svg: string, group: ReaderGroup): string {
  const start = svg.indexOf(`<g id="tu-panel-${group}"`);
  if (start < 0) return '';
  const next = svg.slice(start + 1).search(/<g id="tu-(panel|ask)/);
  return next < 0 ? svg.slice(start) : svg.slice(start, start + 1 + next);
}

/** The benefits of an SVG fragment: id → its words. */
export function svgBenefits(svg: string): Map<string, string> {
  return new Map(
    [...svg.matchAll(/<g data-benefit="([^"]+)"[^>]*>(.*?)<\/g>/g)].map((m) => [m[1] ?? '', svgWords(m[2] ?? '')]),
  );
}

/** Text without white space, so a figure broken across lines ("4,000" / "元") still reads as one. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/**
 * Every figure with a unit in a text: "4,000 元" → 4000 yuan, "10 万元" → 100000 yuan, "8%", "50名", "每2年". Dates
 * (2022年9月19日) and document numbers (〔2022〕28号) are not figures.
 */
export function figuresIn(
  text: string,
): { raw: string; value: number; unit: (typeof figureUnits)[keyof typeof figureUnits] }[] {
  const out = [];
  for (const m of squeeze(text).matchAll(/(\d[\d,]*(?:\.\d+)?)(万元|元|%|名|年)(?!\d)/g)) {
    const n = Number((m[1] ?? '').replace(/,/g, ''));
    const unitWord = m[2] as keyof typeof figureUnits;
    out.push({ raw: m[0], value: unitWord === '万元' ? Math.round(n * 10_000) : n, unit: figureUnits[unitWord] });
  }
  return out;
}

/** A catalog condition's plain words, in either shape of the rules module (a string, or `{ text }` after the refactor). */
export const conditionWords = (c: string | { text: string }): string => (typeof c === 'string' ? c : c.text);

/** A built file of dist/. */
export const readDist = (distDir: string, path: string): string => readFileSync(`${distDir}/${path}`, 'utf8');
