/**
 * The checker's first script: a few hundred bytes that load the checker itself (Preact, the rules, the result view)
 * when the reader starts to answer, not with the page. The first step (您是？个人 / 单位) is in the page's HTML and
 * works as a plain form until then: a choice made before the code has arrived stays checked, and 下一步 pressed
 * before it has arrived is held and carried out once it has, so nothing the reader does is lost. A link that carries
 * answers (?kind=…, a shared result) loads the checker at once.
 *
 * Why: /check/ must stay within its byte budget (half the peer's article page, all first-load bytes: README.md, Budgets and checks), and a
 * reader who only looks at the page needs none of the rules. Pointer down, focus and keys start the load before the
 * first choice is made, so the next step appears without a wait the reader would see.
 */
import type { EarlyInput } from './Checker';

/** The DOM events that mean the reader is about to answer (or has answered) the first question. */
const STARTS = ['pointerdown', 'focusin', 'keydown', 'change', 'input', 'submit'] as const;

/** The answers in a server-rendered step form, as the checker reads them: one string per question (lists joined). */
export function formAnswers(form: HTMLFormElement | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form) return out;
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string') continue;
    out[name] = name in out ? `${out[name]},${value}` : value;
  }
  return out;
}

/** Starts the checker of `root` on the reader's first move, or at once when the URL carries answers. */
export function startOnFirstMove(root: HTMLElement, load: () => Promise<(early: EarlyInput) => void>): void {
  let touched = false;
  let submitted = false;
  let started = false;
  const form = () => root.querySelector('form');
  const start = () => {
    if (started) return;
    started = true;
    load().then(
      (hydrate) => {
        for (const type of STARTS) root.removeEventListener(type, onEvent, true);
        hydrate({ answers: touched ? formAnswers(form()) : {}, submitted });
      },
      (error: unknown) => {
        // the checker cannot run: say so in the words the widget uses for a failure (Island.astro writes them)
        console.error(error);
        for (const type of STARTS) root.removeEventListener(type, onEvent, true);
        const p = document.createElement('p');
        p.className = 'widget-error';
        p.setAttribute('role', 'alert');
        p.textContent = root.dataset.failed ?? '';
        root.replaceChildren(p);
      },
    );
  };
  function onEvent(e: Event) {
    if (e.type === 'change' || e.type === 'input') touched = true;
    if (e.type === 'submit') {
      // held until the checker has arrived: a plain submission would reload the page with the answer in the URL
      e.preventDefault();
      touched = true;
      submitted = true;
    }
    start();
  }
  for (const type of STARTS) root.addEventListener(type, onEvent, true);
  // ready to take input: tests and the bench wait for this mark (island.ts sets it again once hydrated)
  root.dataset.hydrated = '';
  if (window.location.search !== '') start();
}
