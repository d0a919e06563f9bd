/**
 * Share cards (Open Graph images), rendered at build time: satori lays the card out as SVG, resvg turns it into PNG.
 * The Chinese glyphs come from the npm package @fontsource/noto-sans-sc, which splits the font into ~100 subsets by
 * unicode range; only the subsets that hold the card's characters are read, so the build stays fast. Satori reads
 * woff (not woff2), so the .woff files are used. Nothing is fetched from the internet.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { z } from 'zod';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-dimensions';

export const ShareCardSchema = z.object({
  /** Small line above the title, e.g. 第六条 · 第三章 培养模式. */
  kicker: z.string().min(1),
  /** The big words: the article's 条旨, or the measure's title on the home card. */
  title: z.string().min(1),
  /** A sentence or two under the title: the article's summary. */
  subtitle: z.string().min(1),
  /**
   * Under the summary, where it states an amount that is not yet certain: the benefit's deferral words (“还需确认：…”,
   * from its declaration), so the amount never travels without them.
   */
  note: z.string().min(1).optional(),
  /** Bottom left: the site name. */
  footer: z.string().min(1),
  /** Bottom right: the document's 文号. */
  footerNote: z.string().min(1),
});
export type ShareCard = z.infer<typeof ShareCardSchema>;

const FONT_FAMILY = 'Noto Sans SC';
const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
const UnicodeMapSchema = z.record(z.string(), z.string());
/** subset key ("[12]", "latin", …) → its unicode-range, as fontsource publishes it. */
const unicodeMap = UnicodeMapSchema.parse(JSON.parse(readFileSync(join(fontDir, '..', 'unicode.json'), 'utf8')));

function parseRanges(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '', 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}
const subsets = Object.entries(unicodeMap).map(([key, range]) => ({
  file: key.replace(/^\[(\d+)\]$/, '$1'),
  ranges: parseRanges(range),
}));

/** The fontsource subset files (without weight and extension) that cover every character of `text`. */
export function fontSubsetsFor(text: string): string[] {
  const needed = new Set<string>();
  for (const ch of new Set(Array.from(text))) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp <= 0x20) continue;
    const hit = subsets.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (hit) needed.add(hit.file);
  }
  return [...needed].sort();
}

const fontCache = new Map<string, Buffer>();
/** One fontsource file of Noto Sans SC (WOFF 1.0), read once. */
export function fontFile(subset: string, weight: 400 | 700): Buffer {
  const name = `noto-sans-sc-${subset}-${weight}-normal.woff`;
  let data = fontCache.get(name);
  if (!data) {
    data = readFileSync(join(fontDir, name));
    fontCache.set(name, data);
  }
  return data;
}

/**
 * The fonts satori needs to set `text` (regular and bold) and the CSS font-family list naming them. Satori takes one
 * font per family name, weight and style, so each subset gets its own family name and the list is a fallback chain
 * (a glyph is taken from the first subset that has it).
 */
export function satoriFonts(text: string): {
  fonts: NonNullable<Parameters<typeof satori>[1]['fonts']>;
  fontFamily: string;
} {
  const subsetsNeeded = fontSubsetsFor(text);
  const familyOf = (s: string) => `${FONT_FAMILY} ${s}`;
  const fonts = subsetsNeeded.flatMap((s) =>
    ([400, 700] as const).map((weight) => ({
      name: familyOf(s),
      data: fontFile(s, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return { fonts, fontFamily: subsetsNeeded.map((s) => `"${familyOf(s)}"`).join(', ') };
}

/** A satori element tree, written as plain objects so no JSX runtime is needed. */
interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}
const box = (style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
  type: 'div',
  props: { style, children },
});

function cardTree(card: ShareCard, fontFamily: string): CardNode {
  // as large as fits on one line of the 1056 px text width, between 52 and 92 px
  const titleSize = Math.min(92, Math.max(52, Math.floor(1050 / card.title.length)));
  return box(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#fbfaf7',
      fontFamily,
      color: '#1d2530',
    },
    [
      box({ height: 18, backgroundColor: '#0b4f8a', display: 'flex' }, []),
      box(
        { height: 4, backgroundColor: '#b3261e', marginTop: 10, marginLeft: 72, marginRight: 72, display: 'flex' },
        [],
      ),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          padding: '48px 72px 40px',
          justifyContent: 'space-between',
        },
        [
          box({ display: 'flex', flexDirection: 'column' }, [
            box({ fontSize: 40, fontWeight: 700, color: '#b3261e', display: 'flex' }, card.kicker),
            box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, marginTop: 28, display: 'flex' }, card.title),
            box({ fontSize: 32, color: '#4a5563', marginTop: 28, lineHeight: 1.55, display: 'flex' }, card.subtitle),
            ...(card.note === undefined
              ? []
              : [box({ fontSize: 26, color: '#8a4b00', marginTop: 14, lineHeight: 1.5, display: 'flex' }, card.note)]),
          ]),
          box(
            {
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              borderTop: '2px solid #d9dde3',
              paddingTop: 24,
            },
            [
              box({ fontSize: 34, fontWeight: 700, color: '#0b4f8a', display: 'flex' }, card.footer),
              box({ fontSize: 30, color: '#4a5563', display: 'flex' }, card.footerNote),
            ],
          ),
        ],
      ),
    ],
  );
}

/** Renders a share card to PNG bytes (1200×630). */
export async function renderShareImage(input: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const card = ShareCardSchema.parse(input);
  const text = Object.values(card).join('');
  const { fonts, fontFamily } = satoriFonts(text);
  // satori's types want a React element; our plain object tree has the same shape
  const svg = await satori(cardTree(card, fontFamily) as unknown as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Uint8Array(png);
}
