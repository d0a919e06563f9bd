/**
 * Pagefind excerpts are HTML with <mark> around the hits. We never put them into innerHTML: split into plain-text
 * pieces and marked pieces, which Preact renders as text nodes. On the way the text is made to read as
 * Chinese: Pagefind joins the text of two blocks with an ASCII ". ", which becomes 。 (or nothing after a Chinese
 * stop); a cut that leaves a closing quotation mark or a comma first, or an opening one last, is trimmed; and the
 * marks are on the whole words searched for, not on single characters Pagefind matched on its own.
 */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (m) => ENTITIES[m] ?? m).replace(/<[^>]*>/g, '');
}

const HAN = '\\p{Script=Han}';
/** Chinese punctuation that ends a sentence or a clause: a block joined after it needs no stop of its own. */
const CJK_STOP = '。！？；：…';
/** What a text cannot start with: closing quotation marks and brackets, clause punctuation. */
const BAD_START = /^[\s”’」』）》〉】，、。；：！？.,;:]+/u;
/** What a text cannot end with: opening quotation marks and brackets, a dangling comma. */
const BAD_END = /[\s“‘「『（《〈【，、]+$/u;

/** The plain text with Chinese joins. Offsets change, so marks are found again afterwards (see markTerms). */
export function chineseJoins(text: string): string {
  return text
    .replace(new RegExp(`([${CJK_STOP}”」）])\\. (?=\\S)`, 'gu'), '$1')
    .replace(new RegExp(`(${HAN}|[，、])\\. (?=${HAN}|[“「（第])`, 'gu'), (_, c: string) =>
      c === '，' || c === '、' ? '。' : `${c}。`,
    )
    .replace(new RegExp(`(${HAN})\\.$`, 'u'), '$1。');
}

/** A clean start and end: no closing mark or comma first, no opening mark last. */
export function cleanEnds(text: string): string {
  return text.replace(BAD_START, '').replace(BAD_END, '');
}

/** The query's words, longest first (so 世界技能大赛 is marked whole, not as 世界 + 技能 + 大赛). */
function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
}

/** Pieces with each occurrence of a whole query word marked. */
function markTerms(text: string, terms: readonly string[]): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const lower = text.toLowerCase();
  let plain = '';
  for (let i = 0; i < text.length;) {
    const term = terms.find((t) => lower.startsWith(t.toLowerCase(), i));
    if (term) {
      if (plain) pieces.push({ text: plain, marked: false });
      plain = '';
      pieces.push({ text: text.slice(i, i + term.length), marked: true });
      i += term.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) pieces.push({ text: plain, marked: false });
  return pieces;
}

/** Pagefind's own marks, without those on a single Chinese character (赛 of 大赛 for the query 世赛). */
function pagefindMarks(html: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) pieces.push({ text: decode(html.slice(last, m.index)), marked: false });
    const text = decode(m[1] ?? '');
    pieces.push({ text, marked: !/^\p{Script=Han}$/u.test(text) });
    last = m.index + m[0].length;
  }
  if (last < html.length) pieces.push({ text: decode(html.slice(last)), marked: false });
  return pieces;
}

/** Adjacent pieces with the same marking merged, empty ones dropped. */
function merge(pieces: readonly ExcerptPiece[]): ExcerptPiece[] {
  const out: ExcerptPiece[] = [];
  for (const p of pieces) {
    if (!p.text) continue;
    const prev = out[out.length - 1];
    if (prev && prev.marked === p.marked) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * The excerpt as pieces. With the query: its whole words are marked wherever they occur in the cleaned text; if none
 * occurs (Pagefind matched a longer word beginning with it, or split it), Pagefind's marks are kept, less those on
 * single Chinese characters.
 */
export function excerptPieces(html: string, query = ''): ExcerptPiece[] {
  const terms = queryTerms(query);
  const text = cleanEnds(chineseJoins(decode(html)));
  if (terms.length > 0) {
    const marked = markTerms(text, terms);
    if (marked.some((p) => p.marked)) return merge(marked);
  }
  // Pagefind's marks on the cleaned text: clean each piece's joins, then trim the ends of the whole
  const pieces = merge(pagefindMarks(html).map((p) => ({ ...p, text: chineseJoins(p.text) })));
  const first = pieces[0];
  if (first && !first.marked) first.text = first.text.replace(BAD_START, '');
  const last = pieces[pieces.length - 1];
  if (last && !last.marked) last.text = last.text.replace(BAD_END, '');
  return merge(pieces);
}
