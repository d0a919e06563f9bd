/**
 * The reader's text in source files: every string literal and template text of TypeScript and TSX, and of an Astro
 * component its frontmatter, its template's text, its quoted attributes and the strings inside its expressions (read
 * with Astro's own parser, @astrojs/compiler). test/rules/strings.test.ts and test/source/numerals.test.ts scan them
 * for figures the rules module should render and for the register (您, not 你).
 */
import { parse } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** The files under `dir` whose names match `name`, recursively. */
export function files(dir: string, name = /\.tsx?$/): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path, name);
    return name.test(entry) ? [path] : [];
  });
}

export interface SourceString {
  text: string;
  line: number;
}

/** Every string literal and template text (and JSX text) in TypeScript source; lines counted from `firstLine`. */
function codeStrings(path: string, code: string, firstLine = 1): SourceString[] {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: SourceString[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + firstLine;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      out.push({ text: node.text, line: line(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Quoted strings in a piece of an Astro expression (the parser gives the code between the braces as text). */
const QUOTED = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;

async function astroStrings(path: string, source: string): Promise<SourceString[]> {
  const { ast } = await parse(source, { position: true });
  const out: SourceString[] = [];
  const visit = (node: Node, inExpression: boolean) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'frontmatter') out.push(...codeStrings(path, node.value, line));
    else if (node.type === 'text' && inExpression)
      for (const m of node.value.matchAll(QUOTED)) out.push({ text: m[1] ?? m[2] ?? m[3] ?? '', line });
    else if (node.type === 'text') out.push({ text: node.value, line });
    // a <style> or <script> element's text is code, not reader text
    if (node.type === 'element' && (node.name === 'style' || node.name === 'script')) return;
    if ('attributes' in node)
      for (const a of node.attributes) if (a.kind === 'quoted') out.push({ text: a.value, line });
    if ('children' in node)
      for (const child of node.children)
        visit(child, (inExpression || node.type === 'expression') && child.type !== 'element');
  };
  visit(ast, false);
  return out;
}

/** The reader's strings of one source file (.ts, .tsx or .astro). */
export async function readerStrings(path: string): Promise<SourceString[]> {
  const source = readFileSync(path, 'utf8');
  return path.endsWith('.astro') ? astroStrings(path, source) : codeStrings(path, source);
}

const ALLOWED = [
  /第[一二三四五六七八九十百零]+条/g, // article numbers (this measure's and the Civil Code's)
  /第[一二三四五六七八]章/g, // chapter numbers
  /〔\d{4}〕\d+号/g, // document numbers
  /12333/g, // the hotline
  /\d{4}-\d{2}-\d{2}/g, // ISO dates
  /\d{4}年(\d{1,2}月(\d{1,2}日)?)?/g, // dates
  /[（(][一二三四五][级)）]/g, // 职业技能等级 (三级) are level names, not figures
  /[一二三四五]级/g,
  /A[345]/g, // paper sizes
  /UTF-8|GB18030/g, // encodings
  /\b[2-5]G\b/g, // mobile network generations (“网络是 2G 时”), not a figure of the measure
  /^\s*\d+\.\s/g, // a numbered step (“1. 选择名单类型”)
  /\d{4}级[^，。；]*?\d+班/g, // a school class's name (“2023级预备技师1班”), an example of what a cell holds
  /约\d+分钟/g, // how long the checker takes, the site's own estimate
  /\d+\s*[×x]\s*\d+\s*(像素|px)?/g, // image sizes
  /(可以写|例如|就填|可填|或填)[^；。，]*/g, // how to type an answer (“可以写 1200000 或 120万”), not a figure of the measure
];
const NUMERAL = /[0-9０-９]|[一二三四五六七八九十百千万亿两]/;
/** Chinese numerals also occur inside ordinary words; these are words, not figures. */
const WORDS =
  /一线|一次性|一届|一名|第一名|第二名|第三名|一个|一致|统一|一般|之一|万一|进一步|逐一|一项|一步|一起|千万|十分|唯一|一并|不一定|一人|一些|一段|同一|一类|单一|几类|三方|两类|三类|四类|一级|二级|三级|四级|五级|二百零|百分比|一份|一律|一对|一切|一定|一日|第一天|这一|一组|两位|万元|亿元|万人|下一|上一|一图|二维码|扫一扫|任意一条|某一条|一张|一页|一键|一览|一下|一看|一天|一次|一条|第二天|一行|张三/g;

/** What is left of a string once its allowed numerals are removed, if it still states a figure in Chinese text. */
export function statedFigure(text: string): string | undefined {
  // single numeral characters: the digits articleLabel() spells article numbers with (第十六条)
  if (/^[一二三四五六七八九十]$/.test(text)) return undefined;
  let t = text;
  for (const re of ALLOWED) t = t.replace(re, '');
  t = t.replace(WORDS, '');
  // code-like strings (ids, regexes, CSS, keys) are not reader text
  if (!/[\u4e00-\u9fff]/.test(t)) return undefined;
  return NUMERAL.test(t) ? t : undefined;
}
