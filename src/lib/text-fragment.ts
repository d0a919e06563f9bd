/**
 * Text fragments (#:~:text=…): a link that opens a page with a passage highlighted. Browsers match a fragment only at
 * word boundaries, and Chinese has no spaces, so the selection is first widened to the nearest word boundaries as the
 * browser's own segmenter (Intl.Segmenter, the same ICU data) finds them. Short passages become `text=exact`; long ones
 * `text=start,end` so the link stays short. Pure: the browser script passes the text around the selection.
 */

/** One end of a selection: the text of the block it is in, and the offset in that text. */
export interface SelectionEnd {
  text: string;
  offset: number;
}

/** A passage longer than this (characters) is linked by its start and end. */
export const MAX_EXACT_LENGTH = 40;
/** At least this many characters for each of start and end in the start,end form. */
export const EDGE_LENGTH = 10;

/** Word boundaries of `text` (offsets, ascending, including 0 and text.length). */
export type Boundaries = (text: string) => number[];

/** Word boundaries by Intl.Segmenter (zh); every character is a boundary where the runtime has no segmenter. */
export const segmenterBoundaries: Boundaries = (text) => {
  const points = new Set([0, text.length]);
  if (typeof Intl.Segmenter === 'function') {
    for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text))
      points.add(s.index + s.segment.length);
  } else {
    for (let i = 1; i < text.length; i++) points.add(i);
  }
  return [...points].sort((a, b) => a - b);
};

/** Percent-encodes a text-fragment term: encodeURIComponent plus "-" (which the syntax reserves). */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const atOrBefore = (b: number[], x: number) => b.filter((p) => p <= x).at(-1) ?? 0;
const atOrAfter = (b: number[], x: number, max: number) => b.find((p) => p >= x) ?? max;

/**
 * The fragment directive (without "#:~:") for a selection from `start` to `end`, or null for an empty selection.
 * `sameBlock` says whether both ends lie in one block (paragraph), where an exact match is possible.
 */
export function textFragmentDirective(
  start: SelectionEnd,
  end: SelectionEnd,
  sameBlock: boolean,
  boundaries: Boundaries = segmenterBoundaries,
): string | null {
  const sb = boundaries(start.text);
  const eb = sameBlock ? sb : boundaries(end.text);
  const from = atOrBefore(sb, start.offset);
  const to = atOrAfter(eb, end.offset, end.text.length);
  if (sameBlock) {
    const passage = squash(start.text.slice(from, to));
    if (passage === '') return null;
    if (passage.length <= MAX_EXACT_LENGTH) return `text=${encodeFragmentTerm(passage)}`;
    const startCut = atOrAfter(sb, from + EDGE_LENGTH, to);
    const endCut = Math.max(atOrBefore(sb, to - EDGE_LENGTH), startCut);
    return `text=${encodeFragmentTerm(squash(start.text.slice(from, startCut)))},${encodeFragmentTerm(squash(start.text.slice(endCut, to)))}`;
  }
  const head = squash(start.text.slice(from, atOrAfter(sb, from + EDGE_LENGTH, start.text.length)));
  const tail = squash(end.text.slice(atOrBefore(eb, to - EDGE_LENGTH), to));
  if (head === '' && tail === '') return null;
  if (head === '' || tail === '') return `text=${encodeFragmentTerm(head || tail)}`;
  return `text=${encodeFragmentTerm(head)},${encodeFragmentTerm(tail)}`;
}
