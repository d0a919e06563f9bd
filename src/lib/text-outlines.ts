/**
 * Text as outlines, for rasterising a picture whose words are SVG <text>: each line is shaped by HarfBuzz (harfbuzzjs, the
 * build satori uses) with the bundled Noto Sans SC and drawn as glyph outlines, each glyph defined once and
 * placed with <use>. resvg can set <text> itself, but it takes several seconds per hundred Chinese characters here;
 * this takes well under a second for the whole 一图读懂.
 *
 * The fontsource files are WOFF 1.0, which HarfBuzz does not read: they are unwrapped to plain OpenType first.
 */
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fontFile, fontSubsetsFor } from './share-image';

/** A line of text to outline: its baseline starts (or ends, or is centred) at x, y. */
export interface OutlineRun {
  x: number;
  y: number;
  text: string;
  size: number;
  bold: boolean;
  fill: string;
  anchor: 'start' | 'end' | 'middle';
}

/** A WOFF 1.0 font as the plain OpenType (sfnt) file it wraps: each table inflated where it was compressed. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const headerSize = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor: the sfnt version
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/** The parts of harfbuzzjs used here (it ships no types). */
interface HbGlyph {
  g: number;
  ax: number;
  dx: number;
  dy: number;
}
interface HbFont {
  glyphToPath(glyph: number): string;
  destroy(): void;
}
interface HbBuffer {
  addText(text: string): void;
  guessSegmentProperties(): void;
  json(): HbGlyph[];
  destroy(): void;
}
interface Hb {
  createBlob(data: ArrayBuffer | Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { upem: number; destroy(): void };
  createFont(face: unknown): HbFont;
  createBuffer(): HbBuffer;
  shape(font: HbFont, buffer: HbBuffer): void;
}

const require = createRequire(import.meta.url);
let hbPromise: Promise<Hb> | undefined;
// the version satori pins, so there is one copy; its CommonJS module exports a promise of the API
const harfbuzz = (): Promise<Hb> => (hbPromise ??= require('harfbuzzjs') as Promise<Hb>);

interface LoadedFont {
  key: string;
  font: HbFont;
  upem: number;
}

/** Splits text into runs of characters that one font subset holds. */
function bySubset(text: string): { subset: string; text: string }[] {
  const out: { subset: string; text: string }[] = [];
  for (const ch of text) {
    const subset = fontSubsetsFor(ch)[0] ?? 'latin';
    const last = out.at(-1);
    if (last && last.subset === subset) last.text += ch;
    else out.push({ subset, text: ch });
  }
  return out;
}

/**
 * The runs as SVG: a <defs> of the glyph outlines they use and one group per run of <use> elements, positioned as the
 * runs' <text> would be.
 */
export async function outlineRuns(runs: readonly OutlineRun[]): Promise<string> {
  const hb = await harfbuzz();
  const fonts = new Map<string, LoadedFont>();
  const fontFor = (subset: string, bold: boolean): LoadedFont => {
    const key = `${subset}-${bold ? 700 : 400}`;
    let f = fonts.get(key);
    if (!f) {
      const face = hb.createFace(hb.createBlob(woffToSfnt(fontFile(subset, bold ? 700 : 400))), 0);
      f = { key, font: hb.createFont(face), upem: face.upem };
      fonts.set(key, f);
    }
    return f;
  };
  const defs = new Map<string, string>();
  const groups: string[] = [];
  for (const run of runs) {
    const glyphs: { id: string; x: number; y: number; scale: number }[] = [];
    let pen = 0;
    for (const seg of bySubset(run.text)) {
      const f = fontFor(seg.subset, run.bold);
      const scale = run.size / f.upem;
      const buffer = hb.createBuffer();
      buffer.addText(seg.text);
      buffer.guessSegmentProperties();
      hb.shape(f.font, buffer);
      for (const g of buffer.json()) {
        const id = `g${f.key}-${g.g}`;
        if (!defs.has(id)) defs.set(id, f.font.glyphToPath(g.g));
        glyphs.push({ id, x: pen + g.dx * scale, y: -g.dy * scale, scale });
        pen += g.ax * scale;
      }
      buffer.destroy();
    }
    const x0 = run.anchor === 'start' ? run.x : run.anchor === 'end' ? run.x - pen : run.x - pen / 2;
    const uses = glyphs
      .filter((g) => defs.get(g.id) !== '')
      .map(
        (g) =>
          `<use href="#${g.id}" transform="translate(${+(x0 + g.x).toFixed(2)} ${+(run.y + g.y).toFixed(2)}) scale(${+g.scale.toFixed(5)} ${-g.scale.toFixed(5)})"/>`,
      );
    groups.push(`<g fill="${run.fill}">${uses.join('')}</g>`);
  }
  for (const f of fonts.values()) f.font.destroy();
  const defsSvg = [...defs].filter(([, d]) => d !== '').map(([id, d]) => `<path id="${id}" d="${d}"/>`);
  return `<defs>${defsSvg.join('')}</defs>${groups.join('')}`;
}
