// @vitest-environment happy-dom
/**
 * The checker's loader (src/widgets/checker-loader.ts): /check/ ships it alone, and it fetches the checker on the
 * reader's first move. What the reader does before the checker arrives is handed over, never lost; a failed load
 * says so in Chinese. The real page: test/browser/check.test.ts and islands.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formAnswers, startOnFirstMove } from '../../src/widgets/checker-loader';
import type { EarlyInput } from '../../src/widgets/Checker';

function page(): { root: HTMLElement; form: HTMLFormElement } {
  document.body.innerHTML = `<div data-island="checker" data-failed="出错了">
    <form><input type="radio" name="kind" value="person"><input type="radio" name="kind" value="organisation">
    <input type="checkbox" name="honours" value="a"><input type="checkbox" name="honours" value="b">
    <button type="submit">下一步</button></form></div>`;
  return { root: document.querySelector('[data-island]')!, form: document.querySelector('form')! };
}

/** A load the test finishes by hand, and the input it was handed. */
function heldLoad() {
  let finish: (ok: boolean) => void = () => {};
  const handed: EarlyInput[] = [];
  const load = vi.fn(
    () =>
      new Promise<(early: EarlyInput) => void>((resolve, reject) => {
        finish = (ok) => (ok ? resolve((early) => handed.push(early)) : reject(new Error('offline')));
      }),
  );
  return { load, handed, finish: (ok = true) => finish(ok) };
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

describe('checker-loader', () => {
  it('marks the island ready and loads nothing until the reader moves', () => {
    const { root } = page();
    const { load } = heldLoad();
    startOnFirstMove(root, load);
    expect(root.hasAttribute('data-hydrated')).toBe(true);
    expect(load).not.toHaveBeenCalled();
    root.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a choice and 下一步 before the checker arrives: the submission is held, then both are handed over', async () => {
    const { root, form } = page();
    const { load, handed, finish } = heldLoad();
    startOnFirstMove(root, load);
    const organisation = form.querySelector<HTMLInputElement>('input[value="organisation"]')!;
    organisation.checked = true;
    organisation.dispatchEvent(new Event('change', { bubbles: true }));
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(handed).toEqual([{ answers: { kind: 'organisation' }, submitted: true }]));
  });

  it('a link that carries answers loads the checker at once, with nothing early to hand over', async () => {
    window.history.replaceState(null, '', '/check/?kind=person');
    const { root } = page();
    const { load, handed, finish } = heldLoad();
    startOnFirstMove(root, load);
    expect(load).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(handed).toEqual([{ answers: {}, submitted: false }]));
  });

  it('a failed load says so in the words the page carries, never a blank', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { root } = page();
    const { load, finish } = heldLoad();
    startOnFirstMove(root, load);
    root.querySelector('input')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    finish(false);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('出错了'));
  });

  it('reads a step form as the checker does: one string per question, a list joined with commas', () => {
    const { form } = page();
    for (const v of ['person', 'a', 'b']) form.querySelector<HTMLInputElement>(`input[value="${v}"]`)!.checked = true;
    expect(formAnswers(form)).toEqual({ kind: 'person', honours: 'a,b' });
  });
});
