/**
 * /batch/'s first script: a few hundred bytes that load the page's widget (Preact and BatchPage) on the reader's
 * first move, as checker-loader.ts does for /check/, so the page's first load stays within its budget (README.md, Budgets and checks). Until
 * then the page is its server-rendered HTML: a choice or pasted text stays in the form and the widget takes it over;
 * a file dropped before it has arrived is held (not opened by the browser) and read once it has.
 */
export interface EarlyBatchInput {
  /** A file dropped on the page before the widget had arrived. */
  file?: File | undefined;
}

const STARTS = [
  'pointerdown',
  'focusin',
  'keydown',
  'input',
  'change',
  'dragenter',
  'dragover',
  'drop',
  'touchstart',
] as const;

export function startBatchOnFirstMove(root: HTMLElement, load: () => Promise<(early: EarlyBatchInput) => void>): void {
  let started = false;
  let file: File | undefined;
  const stop = () => {
    for (const type of STARTS) root.removeEventListener(type, onEvent, true);
  };
  function onEvent(e: Event) {
    if (e.type === 'dragover' || e.type === 'drop') e.preventDefault();
    if (e.type === 'drop') file = (e as DragEvent).dataTransfer?.files[0];
    if (started) return;
    started = true;
    load().then(
      (hydrate) => {
        stop();
        hydrate({ file });
      },
      (error: unknown) => {
        console.error(error);
        stop();
        const p = document.createElement('p');
        p.className = 'widget-error';
        p.setAttribute('role', 'alert');
        p.textContent = root.dataset.failed ?? '';
        root.replaceChildren(p);
      },
    );
  }
  for (const type of STARTS) root.addEventListener(type, onEvent, true);
  // ready to take input (island.ts sets it again once hydrated): tests wait for this mark
  root.dataset.hydrated = '';
}
