/**
 * The strings of src/rules/ state no figure: every amount, rate, count and period is rendered from its parameter
 * (articles/NN/parameters.ts is the one place the figures and their quotes are written). Allowed: article numbers (第十一条), dates
 * and document numbers (财税〔2018〕51号), the 12333 hotline, and years in dates. And the register is 您: no 你 in the
 * strings of src/rules/ or src/widgets/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every string literal and template text in a file, with its line. */
function strings(path: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    if (ts.isJsxText(node))
      out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const ALLOWED = [
  /第[一二三四五六七八九十百零]+条/g, // article numbers (this measure's and the Civil Code's)
  /〔\d{4}〕\d+号/g, // document numbers
  /12333/g, // the hotline
  /\d{4}-\d{2}-\d{2}/g, // ISO dates
  /\d{4}年(\d{1,2}月(\d{1,2}日)?)?/g, // dates
  /[（(][一二三四五][级)）]/g, // 职业技能等级 (三级) are level names, not figures
  /[一二三四五]级/g,
];
const NUMERAL = /[0-9０-９]|[一二三四五六七八九十百千万亿两]/;
/** Chinese numerals also occur inside ordinary words; these are words, not figures. */
const WORDS =
  /一线|一次性|一届|一名|第一名|第二名|第三名|一个|一致|统一|一般|之一|万一|进一步|逐一|一项|一步|一起|千万|十分|唯一|一并|不一定|一人|一些|一段|同一|一类|单一|几类|三方|两类|三类|四类|一级|二级|三级|四级|五级|二百零|百分比|一份|一律|一对|一切|一定|一日|第一天|这一|一组|两位|万元|亿元|万人|下一/g;

function offending(text: string): string | undefined {
  // single numeral characters: the digits articleLabel() spells article numbers with (第十六条)
  if (/^[一二三四五六七八九十]$/.test(text)) return undefined;
  let t = text;
  for (const re of ALLOWED) t = t.replace(re, '');
  t = t.replace(WORDS, '');
  // code-like strings (ids, regexes, CSS, keys) are not reader text
  if (!/[\u4e00-\u9fff]/.test(t)) return undefined;
  return NUMERAL.test(t) ? t : undefined;
}

/**
 * fields.ts words the checker's hints on typing (“没有就填 0”, “可以写 1200000 或 120万”), examples of typing like parse/'s.
 * articles/NN/parameters.ts states the figures (once, with their quotes); parse/ words input syntax (“例如 4000 或 1.5万”, the largest
 * number accepted), which are examples of typing, not figures of the measure.
 */
const rulesFiles = files(join(ROOT, 'src/rules')).filter(
  (p) => !/\/articles\/\d+\/parameters\.ts$/.test(p) && !p.includes('/parse/') && !p.endsWith('/rules/fields.ts'),
);

describe('src/rules 的字符串里没有写死的数字', () => {
  it.each(rulesFiles.map((p) => [relative(ROOT, p), p] as const))('%s', (_name, path) => {
    const bad = strings(path)
      .map((s) => ({ ...s, bad: offending(s.text) }))
      .filter((s) => s.bad !== undefined)
      .map((s) => `${s.line}: ${s.text}`);
    expect(bad).toEqual([]);
  });
});

describe('称呼读者用“您”', () => {
  const all = [...files(join(ROOT, 'src/rules')), ...files(join(ROOT, 'src/widgets'))];
  it.each(all.map((p) => [relative(ROOT, p), p] as const))('%s', (_name, path) => {
    const bad = strings(path)
      .filter((s) => /你/.test(s.text.replace(/您/g, '')))
      .map((s) => `${s.line}: ${s.text}`);
    expect(bad).toEqual([]);
  });
});
