/**
 * 本站理解: the site's own reading of the measure — a definition the measure does not give, an outside rule applied,
 * a method the site chose. Readings are always labelled, so readers, tests and /api/measure.json can tell them from
 * what the measure says.
 *
 * - In MDX: `<Reading>…</Reading>` on a line of its own (src/components/Reading.astro adds the label).
 * - In YAML (glossary definitions, FAQ answers): the reading is the text from READING_LABEL to the end of the
 *   definition, or an answer line that starts with READING_LABEL.
 */

/** The label every reading starts with, on the page and in the data. */
export const READING_LABEL = '本站理解：';

/** A YAML text split into what it states and the site's reading (the text after READING_LABEL), if any. */
export function splitReading(text: string): { text: string; reading: string | null } {
  const at = text.indexOf(READING_LABEL);
  if (at < 0) return { text, reading: null };
  return { text: text.slice(0, at).trim(), reading: text.slice(at + READING_LABEL.length).trim() };
}

const READING_ELEMENT = /<Reading>([\s\S]*?)<\/Reading>/g;
const EXPRESSION = /^\{\s*([A-Za-z_$][\w$.]*)\s*\}$/;

/**
 * The readings of an MDX file, as plain text without the label: `<Term>`, links, emphasis and other markup removed.
 * A reading written as one expression (`<Reading>{publicationReading}</Reading>`) is looked up in `shared`, the
 * strings the MDX file imports; an unknown expression throws, so no reading is silently dropped from the data.
 */
export function readingsInMdx(source: string, shared: Readonly<Record<string, string>> = {}): string[] {
  return [...source.matchAll(READING_ELEMENT)].map((m) => {
    const inner = (m[1] ?? '').trim();
    const expr = EXPRESSION.exec(inner);
    if (expr) {
      const name = expr[1] ?? '';
      const value = Object.hasOwn(shared, name) ? shared[name] : undefined;
      if (value === undefined) throw new Error(`<Reading>{${name}}</Reading>: no shared reading named ${name}`);
      return value;
    }
    if (/[{}]/.test(inner)) throw new Error(`<Reading>: only plain words or one shared reading, got: ${inner}`);
    return plainText(inner);
  });
}

/** MDX/Markdown inline markup → the words a reader sees. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\s*\n\s*/g, '')
    .trim();
}
