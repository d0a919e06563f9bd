/**
 * 一图读懂: lays the facts of tu-facts.ts out as one tall SVG picture, 1080 px wide, with real <text> (so the words
 * can be searched, read out, checked by the tests and edited by a print shop). Pure: no Node imports, no fonts; the
 * lines are broken by a small line breaker that measures text as Noto Sans SC sets it (a Chinese character is 1 em,
 * a Latin letter or digit about 0.56 em). tu-image.ts turns the SVG into the PNG with the bundled font.
 *
 * Colours are the site's (src/styles/global.css).
 */
import { deferredLine, whoLine, type TuBenefit, type TuFacts, type TuPanel } from './tu-facts';
import { chineseNumeral } from './official-document';

export const TU_WIDTH = 1080;
const MARGIN = 56;
const INNER = TU_WIDTH - 2 * MARGIN;
export const TU_FONT_FAMILY =
  '"Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** The site's colours (global.css :root). */
const C = {
  ink: '#1d2530',
  soft: '#4a5563',
  paper: '#fbfaf7',
  card: '#ffffff',
  line: '#d9dde3',
  accent: '#0b4f8a',
  accentSoft: '#e8f0f8',
  red: '#b3261e',
  amount: '#8a3b00',
  warn: '#7a5200',
} as const;

/** A QR code as its modules (true = dark), row by row. */
export interface QrMatrix {
  size: number;
  dark: (x: number, y: number) => boolean;
}

export interface TuPictureInput {
  facts: TuFacts;
  /** The QR code to /check/ and the address printed under it; null when the build has no site address. */
  check: { qr: QrMatrix; address: string } | null;
  siteName: string;
}

/** One line of text as drawn: where its baseline starts (or ends, or is centred) and how it is set. */
export interface TextRun {
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  anchor: 'start' | 'end' | 'middle';
}

export interface TuPicture {
  /** The picture, its words as <text>. */
  svg: string;
  width: number;
  height: number;
  /** The same picture without its <text> elements (the shapes), and the text lines, for rasterising the words as outlines. */
  shapes: string;
  runs: TextRun[];
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring and breaking lines

const NARROW = /[\u0020-\u007e\u00a0-\u024f]/;

/** The width of `text` set at `size` px, as Noto Sans SC sets it (bold is slightly wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.26 : NARROW.test(ch) ? 0.57 : 1;
  return em * size * (bold ? 1.03 : 1);
}

/** Characters that may not start a line (避头) and that may not end one (避尾), as Chinese typesetting rules ask. */
const NO_START = new Set(Array.from('，。、；：？！）》」』”’〕】…—%,.;:!?)'));
const NO_END = new Set(Array.from('（《「『“‘〔【('));

/** Splits text into pieces that stay together: a figure with its unit (4,000 元; 20 万元), a run of Latin letters and digits (a phone number), or one character. */
function pieces(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9,.%-]*(?: ?万?元)?|\s+|./gu) ?? [];
}

/** Breaks `text` into lines no wider than `max` px at `size` (a piece wider than a line gets a line of its own). */
export function breakLines(text: string, size: number, max: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const candidate = line + piece;
    const fits = textWidth(candidate.trimEnd(), size, bold) <= max;
    const first = piece[0] ?? '';
    if (fits || line === '' || NO_START.has(first)) {
      line = candidate;
      continue;
    }
    // keep an opening mark with what follows it
    const last = line.at(-1) ?? '';
    if (NO_END.has(last) && line.length > 1) {
      lines.push(line.slice(0, -1).trimEnd());
      line = last + piece;
    } else {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface TextStyle {
  size: number;
  bold?: boolean;
  fill?: string;
  /** Line height as a multiple of size. */
  leading?: number;
  anchor?: 'start' | 'end' | 'middle';
}

/** Collects SVG elements while keeping the pen's vertical position. */
class Canvas {
  y = 0;
  readonly out: string[] = [];
  readonly runs: TextRun[] = [];

  raw(s: string): void {
    this.out.push(s);
  }

  rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): void {
    this.out.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"${extra}/>`);
  }

  /** One line of text with its baseline at y. */
  textAt(x: number, y: number, text: string, st: TextStyle): void {
    const weight = st.bold ? ' font-weight="700"' : '';
    const anchor = st.anchor && st.anchor !== 'start' ? ` text-anchor="${st.anchor}"` : '';
    this.runs.push({
      x,
      y: Math.round(y),
      text,
      size: st.size,
      bold: st.bold ?? false,
      fill: st.fill ?? C.ink,
      anchor: st.anchor ?? 'start',
    });
    this.out.push(
      `<text x="${x}" y="${Math.round(y)}" font-size="${st.size}"${weight} fill="${st.fill ?? C.ink}"${anchor}>${esc(text)}</text>`,
    );
  }

  /** A paragraph broken to `width`, starting at the pen; moves the pen below it. */
  para(x: number, width: number, text: string, st: TextStyle): void {
    const lead = (st.leading ?? 1.5) * st.size;
    for (const line of breakLines(text, st.size, width, st.bold)) {
      // the baseline sits about 0.8 em below the top of a line box of 1 em, centred in the leading
      this.textAt(x, this.y + (lead - st.size) / 2 + st.size * 0.86, line, st);
      this.y += lead;
    }
  }

  /** Everything drawn between `start` and now, wrapped in a group. */
  group(start: number, attrs: string): void {
    const body = this.out.splice(start);
    this.out.push(`<g ${attrs}>`, ...body, '</g>');
  }
}

function drawHeader(c: Canvas, facts: TuFacts, siteName: string): void {
  c.rect(0, 0, TU_WIDTH, 20, C.accent);
  c.rect(MARGIN, 32, INNER, 5, C.red);
  c.y = 64;
  const start = c.out.length;
  c.para(MARGIN, INNER, `一图读懂 · ${siteName}`, { size: 34, bold: true, fill: C.red, leading: 1.4 });
  c.y += 8;
  // the title on one line where a size of at least 40 px allows (a break inside a title easily splits a word: 人才)
  const title = `《${facts.document.title}》`;
  const titleSize = Math.max(40, Math.min(58, Math.floor(INNER / textWidth(title, 1, true))));
  c.para(MARGIN - titleSize * 0.4, INNER + titleSize * 0.4, title, { size: titleSize, bold: true, leading: 1.3 });
  c.y += 18;
  const rows: [string, string][] = [
    ['发文字号', facts.document.documentNumber],
    ['发文机关', facts.document.issuers.join('、')],
    ['印发施行', facts.document.effective],
    ['效力状态', facts.document.status],
  ];
  for (const [k, v] of rows) {
    const ky = c.y;
    c.textAt(MARGIN, ky + (28 * 1.55 - 28) / 2 + 28 * 0.86, k, { size: 28, bold: true, fill: C.accent });
    c.para(MARGIN + 150, INNER - 150, v, { size: 28, leading: 1.55 });
  }
  c.para(MARGIN, INNER, facts.document.repeals, { size: 24, fill: C.soft, leading: 1.6 });
  c.group(start, 'id="tu-document"');
  c.y += 24;
}

function sectionHeading(c: Canvas, text: string, note?: string): void {
  c.rect(MARGIN, c.y, 10, 48, C.red);
  c.textAt(MARGIN + 26, c.y + 40, text, { size: 40, bold: true, fill: C.accent });
  if (note) c.textAt(MARGIN + INNER, c.y + 40, note, { size: 26, fill: C.soft, anchor: 'end' });
  c.y += 72;
}

function drawChapters(c: Canvas, facts: TuFacts): void {
  const start = c.out.length;
  sectionHeading(c, `政策结构：${chineseNumeral(facts.chapters.length)}章`);
  const rowH = 54;
  const top = c.y;
  c.rect(MARGIN, top, INNER, rowH * facts.chapters.length + 16, C.card, ` stroke="${C.line}" stroke-width="2" rx="12"`);
  c.y += 8;
  for (const ch of facts.chapters) {
    const base = c.y + rowH / 2 + 11;
    c.textAt(MARGIN + 28, base, ch.label, { size: 30, bold: true, fill: C.accent });
    c.textAt(MARGIN + 170, base, ch.title, { size: 30, bold: true });
    c.textAt(MARGIN + INNER - 28, base, ch.articles, { size: 26, fill: C.soft, anchor: 'end' });
    c.y += rowH;
  }
  c.y = top + rowH * facts.chapters.length + 16;
  c.group(start, 'id="tu-chapters"');
  c.y += 48;
}

function drawBenefit(c: Canvas, b: TuBenefit): void {
  const start = c.out.length;
  const top = c.y;
  const pad = 28;
  const x = MARGIN + pad + 8;
  const w = INNER - 2 * pad - 8;
  // the card is drawn under the text once its height is known
  const cardIndex = c.out.length;
  c.y += 18;
  c.para(x, w - 150, b.title, { size: 29, bold: true, leading: 1.35 });
  c.textAt(MARGIN + INNER - pad, top + 18 + 29 * 0.175 + 29 * 0.86, b.articleLabel, {
    size: 26,
    bold: true,
    fill: C.accent,
    anchor: 'end',
  });
  if (b.amount !== null) c.para(x, w, b.amount, { size: 36, bold: true, fill: C.amount, leading: 1.3 });
  for (const note of b.figureNotes) c.para(x, w, note, { size: 25, bold: true, fill: C.amount, leading: 1.45 });
  // an amount travels with who it is for and why it is not yet certain: the catalog's words, beside it
  if (b.amount !== null) {
    c.para(x, w, whoLine(b), { size: 20, bold: true, leading: 1.4 });
    const deferred = deferredLine(b, 'first');
    if (deferred) c.para(x, w, deferred, { size: 19, fill: C.soft, leading: 1.4 });
  }
  c.y += 2;
  // money shows itself by its amount; every other kind is named (鼓励 is not an entitlement, a loan is a ceiling)
  const kind = b.kind === 'money' && b.amount !== null ? '' : `【${b.kindLabel}】`;
  c.para(x, w, `${kind}${b.conditions.join('；')}`, {
    size: 23,
    fill: b.kind === 'encouragement' ? C.warn : C.ink,
    leading: 1.5,
  });
  c.y += 16;
  const h = c.y - top;
  const bar = b.amount !== null ? C.amount : b.kind === 'encouragement' ? C.line : C.accent;
  c.out.splice(
    cardIndex,
    0,
    `<rect x="${MARGIN}" y="${top}" width="${INNER}" height="${h}" fill="${C.card}" stroke="${C.line}" stroke-width="2" rx="12"/>`,
    `<rect x="${MARGIN}" y="${top}" width="10" height="${h}" fill="${bar}" rx="4"/>`,
  );
  c.group(start, `data-benefit="${b.id}" data-article="${b.articles.join(' ')}"`);
  c.y += 14;
}

function drawPanel(c: Canvas, p: TuPanel): void {
  const start = c.out.length;
  c.rect(0, c.y, TU_WIDTH, 88, C.accent);
  c.textAt(MARGIN, c.y + 60, `${p.label}能享受什么`, { size: 42, bold: true, fill: '#ffffff' });
  c.textAt(MARGIN + INNER, c.y + 58, `${p.benefits.length} 项`, { size: 30, fill: '#ffffff', anchor: 'end' });
  c.y += 88 + 24;
  for (const b of p.benefits) drawBenefit(c, b);
  c.group(start, `id="tu-panel-${p.group}" data-group="${p.group}"`);
  c.y += 28;
}

/** The quiet zone around a QR code, in modules (the standard asks for 4). */
export const QR_QUIET = 4;

/** A QR code's dark modules as SVG path data, one unit per module, inside its quiet zone (size + 2 × QR_QUIET units). */
export function qrPathData(qr: QrMatrix): string {
  let d = '';
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) if (qr.dark(col, row)) d += `M${col + QR_QUIET} ${row + QR_QUIET}h1v1h-1z`;
  }
  return d;
}

function drawQr(c: Canvas, qr: QrMatrix, x: number, y: number, size: number): void {
  const cell = size / (qr.size + 2 * QR_QUIET);
  const d = qrPathData(qr);
  c.rect(x, y, size, size, '#ffffff');
  c.raw(`<path transform="translate(${x} ${y}) scale(${+cell.toFixed(4)})" fill="#000000" d="${d}"/>`);
}

function drawFooter(c: Canvas, input: TuPictureInput): void {
  const { facts, check } = input;
  const start = c.out.length;
  sectionHeading(c, '办理与咨询');
  const boxIndex = c.out.length;
  const top = c.y;
  const qrSize = 300;
  const textW = check ? INNER - qrSize - 96 : INNER - 56;
  c.y += 28;
  c.para(MARGIN + 28, textW, facts.caveat, { size: 32, bold: true, fill: C.red, leading: 1.5 });
  c.y += 10;
  c.para(MARGIN + 28, textW, facts.scope, { size: 26, leading: 1.6 });
  let bottom = c.y + 28;
  if (check) {
    const qx = MARGIN + INNER - qrSize - 28;
    drawQr(c, check.qr, qx, top + 28, qrSize);
    c.textAt(qx + qrSize / 2, top + 28 + qrSize + 40, '扫码查看您能享受什么', {
      size: 26,
      bold: true,
      anchor: 'middle',
    });
    c.textAt(qx + qrSize / 2, top + 28 + qrSize + 76, check.address, { size: 22, fill: C.accent, anchor: 'middle' });
    bottom = Math.max(bottom, top + 28 + qrSize + 100);
  }
  c.out.splice(
    boxIndex,
    0,
    `<rect x="${MARGIN}" y="${top}" width="${INNER}" height="${bottom - top}" fill="${C.card}" stroke="${C.red}" stroke-width="3" rx="12"/>`,
  );
  c.y = bottom;
  c.group(start, 'id="tu-ask"');
  c.y += 36;
  c.textAt(TU_WIDTH / 2, c.y + 30, `${input.siteName} · 根据${facts.document.documentNumber}整理，以官方发布文本为准`, {
    size: 24,
    fill: C.soft,
    anchor: 'middle',
  });
  c.y += 64;
  c.rect(0, c.y, TU_WIDTH, 20, C.accent);
  c.y += 20;
}

/** The 一图读懂 picture as SVG text. */
export function tuPicture(input: TuPictureInput): TuPicture {
  const c = new Canvas();
  drawHeader(c, input.facts, input.siteName);
  drawChapters(c, input.facts);
  for (const p of input.facts.panels) drawPanel(c, p);
  drawFooter(c, input);
  const height = Math.ceil(c.y);
  const title = `一图读懂《${input.facts.document.title}》`;
  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${TU_WIDTH}" height="${height}" viewBox="0 0 ${TU_WIDTH} ${height}" ` +
    `font-family="${esc(TU_FONT_FAMILY)}" role="img" aria-labelledby="tu-title">` +
    `<title id="tu-title">${esc(title)}</title>` +
    `<rect width="${TU_WIDTH}" height="${height}" fill="${C.paper}"/>`;
  return {
    svg: open + c.out.join('') + '</svg>',
    shapes: open + c.out.filter((e) => !e.startsWith('<text')).join(''),
    runs: c.runs,
    width: TU_WIDTH,
    height,
  };
}
