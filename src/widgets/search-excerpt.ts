/**
 * Pagefind excerpts are HTML with <mark> around the hits. We never put them into innerHTML:
 * split into plain-text pieces and marked pieces, which Preact renders as text nodes.
 */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decode(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (m) => ENTITIES[m] ?? m).replace(/<[^>]*>/g, '');
}

export function excerptPieces(html: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) pieces.push({ text: decode(html.slice(last, m.index)), marked: false });
    pieces.push({ text: decode(m[1] ?? ''), marked: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) pieces.push({ text: decode(html.slice(last)), marked: false });
  return pieces.filter((p) => p.text.length > 0);
}
