/**
 * A calculator's inputs kept in the page's URL (/calculators/master-studio/?studios=3): written as the reader types
 * (history.replaceState, so typing does not fill the history), and read back when the page opens, so that reload,
 * Back and a shared link show the same figures. Also 复制结果链接 and 打印 (result-link.ts).
 *
 * It works on the calculator's form as the reader sees it, for every calculator alike: a field's URL key is its input's
 * name without the calculator's prefix (master-studio-studios → studios); a text field's value is what was typed, a
 * choice its value, several choices joined by “,”. A value read from a link goes into its field as if typed, so the
 * calculator's own parser (src/rules/parse/, the parsers of the field table) judges it and an invalid one stays in its
 * field with its Chinese message: nothing from a link is discarded, and nothing from it is written into the page's
 * text. Keys the calculators do not have are counted, never quoted (unknownKeysMessage, as on /check/); keys that
 * messengers and analytics add (link-keys.ts) are passed over silently.
 *
 * Not part of a calculator's first load (its 12 KB): the inline reading-mode script imports this module when the page
 * opens with a query, on the reader's first input, and on a first press of 复制结果链接 or 打印
 * (src/scripts/reading-mode.ts; Calculator.astro holds its script in a <template data-calc-link-module>).
 */
import { isAddedKey, unknownKeysMessage } from '../rules';
import { COPY_WORDS, copyLink, qrCode, resultLink } from './result-link';

/** At most this many keys are read from a URL (as profile-url.ts reads /check/'s). */
const MAX_KEYS = 64;

interface OnPage {
  section: HTMLElement;
  root: HTMLElement;
  prefix: string;
}

function calculatorsOn(doc: Document): OnPage[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('.calculator')).flatMap((section) => {
    const root = section.querySelector<HTMLElement>('[data-island]');
    return root ? [{ section, root, prefix: `${root.dataset.island ?? ''}-` }] : [];
  });
}

const keyOf = (input: HTMLInputElement, prefix: string) =>
  input.name.startsWith(prefix) ? input.name.slice(prefix.length) : input.name;

const inputsOf = (c: OnPage) => Array.from(c.root.querySelectorAll('input')).filter((i) => i.name !== '');

/** The form's values by URL key, as the reader gave them (empty fields and unchosen choices left out). */
export function formValues(c: OnPage): Map<string, string> {
  const values = new Map<string, string[]>();
  for (const input of inputsOf(c)) {
    const key = keyOf(input, c.prefix);
    const list = values.get(key) ?? [];
    values.set(key, list);
    if (input.type === 'radio' || input.type === 'checkbox') {
      if (input.checked) list.push(input.value);
    } else if (input.value !== '') list.push(input.value);
  }
  return new Map([...values].filter(([, v]) => v.length > 0).map(([k, v]) => [k, v.join(',')]));
}

/** The calculators' values as this page's URL (path, query, fragment). */
function urlOf(calculators: readonly OnPage[], location: Location): string {
  const params = new URLSearchParams();
  for (const c of calculators) for (const [k, v] of formValues(c)) params.set(k, v);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** A turn for Preact to render what the last event changed (a field may appear only after a choice). */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** As the reader's own input: the widget's handlers read the field (island.ts replays early typing the same way). */
function fire(input: HTMLInputElement): void {
  for (const type of ['input', 'change']) input.dispatchEvent(new Event(type, { bubbles: true }));
}

function hydrated(root: HTMLElement): Promise<void> {
  if (root.dataset.hydrated !== undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const seen = new MutationObserver(() => {
      if (root.dataset.hydrated === undefined) return;
      seen.disconnect();
      resolve();
    });
    seen.observe(root, { attributes: true, attributeFilter: ['data-hydrated'] });
  });
}

/** The label of a choice group (its legend) or of a field: the page's own words, never the link's. */
function labelOf(input: HTMLInputElement): string {
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = legend ?? (input.id ? input.ownerDocument.querySelector(`label[for="${input.id}"]`) : null);
  return (label?.textContent ?? '').trim();
}

/**
 * Puts the link's values into the calculators' fields, in rounds (a field that appears only after a choice, e.g.
 * 第十一条's date after “是”, is filled in the next round). A field the reader has already typed into keeps what the
 * reader typed. Returns the notices, in Chinese, none quoting the link.
 */
export async function restore(calculators: readonly OnPage[], params: URLSearchParams): Promise<string[]> {
  const keys = [...new Set(params.keys())].filter((k) => !isAddedKey(k));
  const pending = new Map(keys.slice(0, MAX_KEYS).map((k) => [k, params.getAll(k).join(',')]));
  const invalid: string[] = [];
  const all = () => calculators.flatMap((c) => inputsOf(c).map((input) => ({ input, key: keyOf(input, c.prefix) })));
  for (let round = 0; round < 4 && pending.size > 0; round++) {
    let filled = false;
    for (const [key, raw] of [...pending]) {
      const inputs = all()
        .filter((f) => f.key === key)
        .map((f) => f.input);
      const first = inputs[0];
      if (first === undefined) continue;
      pending.delete(key);
      filled = true;
      if (first.type === 'radio' || first.type === 'checkbox') {
        const wanted = [...new Set(raw.split(',').map((s) => s.trim()))].filter((s) => s !== '');
        const hits = inputs.filter((i) => wanted.includes(i.value));
        if (hits.length < wanted.length || (first.type === 'radio' && wanted.length > 1)) invalid.push(labelOf(first));
        for (const input of first.type === 'radio' ? hits.slice(0, 1) : hits) {
          if (input.checked) continue;
          input.checked = true;
          fire(input);
          // each choice after the widget has rendered the one before (a group's handler reads its current values)
          await tick();
        }
      } else if (first.value === first.defaultValue && first.value !== raw) {
        first.value = raw;
        fire(first);
        await tick();
      }
    }
    if (!filled) break;
    await tick();
  }
  const unknown = keys.length - keys.slice(0, MAX_KEYS).length + pending.size;
  return [
    ...(unknown > 0 ? [unknownKeysMessage(unknown)] : []),
    ...invalid.map((label) => `链接中的“${label}”无法识别，已忽略，请重新选择。`),
  ];
}

function showNotices(c: OnPage, notices: readonly string[]): void {
  if (notices.length === 0) return;
  const box = c.section.ownerDocument.createElement('div');
  box.className = 'check-notice calc-link-notice';
  box.setAttribute('role', 'status');
  for (const text of notices) {
    const p = box.ownerDocument.createElement('p');
    p.textContent = text;
    box.append(p);
  }
  c.root.before(box);
}

/** The printed link (and, with a public address, its QR code) of one calculator. */
function printedLink(c: OnPage, location: Location): string {
  const href = resultLink(c.section.dataset.site, location);
  const line = c.section.querySelector('[data-calc-printed-link]');
  if (line) line.textContent = `结果链接：${href}`;
  return href;
}

async function print(c: OnPage, window: Window): Promise<void> {
  const href = printedLink(c, window.location);
  const qr = c.section.querySelector('[data-calc-qr]');
  if (qr && c.section.dataset.site) {
    try {
      qr.replaceChildren(await qrCode(window.document, href));
    } catch {
      // the link is printed in words anyway
      qr.replaceChildren();
    }
  }
  window.print();
}

let started: Promise<void> | undefined;

/** Reads the URL into the calculators once they are hydrated, then keeps it in step with them. Once per page. */
export function start(window: Window = globalThis.window): Promise<void> {
  return (started ??= keepCalculatorsInUrl(window));
}

/** The work of `start`, for every calculator on the page (exported for the tests, which run it on a fresh page). */
export async function keepCalculatorsInUrl(window: Window): Promise<void> {
  const { document, history, location } = window;
  const calculators = calculatorsOn(document);
  // the buttons first, before any wait: the reading-mode script presses again the button that brought this module
  for (const c of calculators) {
    const status = c.section.querySelector('[data-calc-copied]');
    c.section.querySelector('[data-calc-action="copy"]')?.addEventListener('click', () => {
      void copyLink(location.href).then((s) => {
        if (status) status.textContent = COPY_WORDS[s];
      });
    });
    c.section.querySelector('[data-calc-action="print"]')?.addEventListener('click', () => void print(c, window));
  }
  await Promise.all(calculators.map((c) => hydrated(c.root)));
  const notices = await restore(calculators, new URLSearchParams(location.search));
  const first = calculators[0];
  if (first) showNotices(first, notices);
  const write = () => {
    const url = urlOf(calculators, location);
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    for (const c of calculators) printedLink(c, location);
  };
  for (const c of calculators) {
    c.root.addEventListener('input', write);
    c.root.addEventListener('change', write);
  }
  // the link as the calculators read it: keys they could not use are gone from the address bar and a copied link
  write();
}
