/**
 * 朗读: reads a page region aloud with the browser's own speech synthesis in zh-CN. No third party, no
 * network (the browser's voices), no framework. Loaded on the first click by the inline reading-mode script, which
 * also shows the controls only when the browser has a Chinese voice (<html data-voice>) and replays that first click.
 *
 * Markup (ReadAloud.astro, and the checker's result): a `.read-aloud` wrapper holding a button `[data-read-aloud]`
 * whose value is the CSS selector of what to read, and a `[data-read-stop]` button. This script only sets the
 * wrapper's `data-state` (idle | speaking | paused); CSS shows the matching label (朗读 / 暂停 / 继续) and 停止.
 */

type ReadState = 'idle' | 'speaking' | 'paused';

/** What is not read: controls, hidden helpers and the widgets' forms. */
const SKIP =
  'button, input, select, textarea, script, style, template, noscript, [aria-hidden="true"], .calculator, .read-aloud, .check-actions, .kicker';
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, th, td, caption, figcaption, blockquote, summary';
/** Longer utterances are cut off by some engines (Chrome stops after about 15 s): split at sentence ends. */
const MAX_CHUNK = 120;

/** The text of the region, block by block, as the reader sees it (only rendered blocks: a closed disclosure is skipped). */
export function readableText(selector: string, root: ParentNode = document): string[] {
  const out: string[] = [];
  for (const region of root.querySelectorAll(selector)) {
    for (const block of region.querySelectorAll(BLOCKS)) {
      if (block.closest(SKIP) || block.querySelector(BLOCKS) || block.getClientRects().length === 0) continue;
      const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
    }
  }
  return out;
}

/** Splits a text at 。！？； (kept) so no piece is much longer than MAX_CHUNK characters. */
export function chunks(text: string): string[] {
  const sentences = text.match(/[^。！？；]+[。！？；]?/g) ?? [];
  const out: string[] = [];
  for (const s of sentences) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] ?? '').length + s.length <= MAX_CHUNK) out[last] += s;
    else out.push(s);
  }
  return out;
}

function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices();
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  return voices.find((v) => lang(v) === 'zh-cn') ?? voices.find((v) => lang(v).startsWith('zh'));
}

let active: HTMLElement | null = null;

function setState(wrapper: HTMLElement | null, state: ReadState) {
  if (wrapper) wrapper.dataset.state = state;
}

function stop() {
  speechSynthesis.cancel();
  setState(active, 'idle');
  active = null;
}

function start(wrapper: HTMLElement, selector: string) {
  stop();
  const pieces = readableText(selector).flatMap(chunks);
  if (pieces.length === 0) return;
  const voice = chineseVoice();
  active = wrapper;
  setState(wrapper, 'speaking');
  pieces.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = 'zh-CN';
    if (voice) u.voice = voice;
    if (i === pieces.length - 1) {
      u.onend = () => {
        if (active === wrapper) {
          setState(wrapper, 'idle');
          active = null;
        }
      };
    }
    speechSynthesis.speak(u);
  });
}

document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLElement>('[data-read-aloud], [data-read-stop]') : null;
  const wrapper = button?.closest<HTMLElement>('.read-aloud');
  if (!button || !wrapper) return;
  if (button.hasAttribute('data-read-stop')) {
    if (active === wrapper) stop();
    return;
  }
  const state = active === wrapper ? (wrapper.dataset.state as ReadState) : 'idle';
  if (state === 'speaking') {
    speechSynthesis.pause();
    setState(wrapper, 'paused');
  } else if (state === 'paused') {
    speechSynthesis.resume();
    setState(wrapper, 'speaking');
  } else {
    start(wrapper, button.dataset.readAloud ?? 'main');
  }
});

// leaving the page (or the bfcache) must not leave the browser talking
window.addEventListener('pagehide', stop);
