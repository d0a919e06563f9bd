/**
 * The cite / link controls (CiteTools.astro), in plain TypeScript, no framework, no inline handlers (the pages run
 * under a Content-Security-Policy). All texts to copy were written into data- attributes at build time; this only
 * copies them, confirms, and falls back to selecting the text.
 *
 * Loaded on first use by the inline reading-mode script (ReadingModeScript.astro), which also shows the buttons (CSS on
 * <html data-js>), handles 打印, and replays a click that came before this module had run.
 */
import { textFragmentDirective, type SelectionEnd } from '../lib/text-fragment';

/**
 * A preview build (no SITE_URL, src/lib/site.ts) writes the page's address as a path: a line of copied text that is a
 * path gets the origin the page is served from, so a copied link always works where the reader found it.
 */
const absolute = (text: string) => text.replace(/^\/\S*$/gm, (path) => new URL(path, location.origin).href);
document.querySelectorAll<HTMLAnchorElement>('a[data-cite-url]').forEach((a) => {
  if (a.textContent?.startsWith('/')) a.textContent = a.href;
});

const status = (scope: Element | null, message: string) => {
  const s = scope?.querySelector('[role="status"]');
  if (s) s.textContent = message;
};

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function selectContents(el: Element) {
  const range = document.createRange();
  range.selectNodeContents(el);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

const FALLBACK = '无法自动复制：文字已选中，请按 Ctrl+C（手机上请点“复制”）。';

const bar = document.querySelector<HTMLElement>('[data-selection-bar]');
let fragmentUrl = '';

document.addEventListener('click', async (event) => {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy], [data-copy-fragment]') : null;
  if (!button) return;
  const d = button.dataset;
  const scope = button.closest('[data-cite-scope]');
  const text = d.copyFragment !== undefined ? fragmentUrl : absolute(d.copy ?? '');
  if (text && (await writeClipboard(text))) {
    status(scope, d.done ?? '已复制');
    return;
  }
  // No clipboard (permission refused, insecure origin, old browser): show the text selected.
  const target = scope?.querySelector<HTMLElement>(d.select ?? '[data-cite-text]');
  if (!target) return;
  target.closest('details')?.setAttribute('open', '');
  if (target instanceof HTMLInputElement) {
    target.value = text;
    target.hidden = false;
    target.focus();
    target.select();
  } else selectContents(target);
  status(scope, FALLBACK);
});

/** The block (paragraph, list item …) a selection end lies in, and the offset in its text. */
function endOf(node: Node, offset: number): { block: Element; end: SelectionEnd } {
  const el = node instanceof Element ? node : node.parentElement;
  const block = el?.closest('p, li, dd, dt, td, th, h1, h2, h3, h4, blockquote') ?? el ?? document.body;
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return { block, end: { text: block.textContent ?? '', offset: range.toString().length } };
}

if (bar) {
  const base = absolute(bar.dataset.base ?? location.href.split('#')[0] ?? '');
  const showBar = () => {
    const sel = getSelection();
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    const inArticle = (n: Node) => {
      const el = n instanceof Element ? n : n.parentElement;
      return !!el?.closest('main') && !el.closest('nav, form, button, [data-cite-scope]');
    };
    let directive: string | null = null;
    if (range && !range.collapsed && inArticle(range.startContainer) && inArticle(range.endContainer)) {
      const a = endOf(range.startContainer, range.startOffset);
      const b = endOf(range.endContainer, range.endOffset);
      directive = textFragmentDirective(a.end, b.end, a.block === b.block);
    }
    if (directive) {
      fragmentUrl = `${base}#:~:${directive}`;
      bar.hidden = false;
      status(bar, '');
    } else if (!bar.contains(document.activeElement)) bar.hidden = true;
  };
  document.addEventListener('selectionchange', showBar);
  // loaded because text was selected: the selection may be complete already
  showBar();
}
