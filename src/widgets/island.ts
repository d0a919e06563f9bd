/**
 * Hydrates the server-rendered Preact widgets of one kind on the page. Astro's own islands (`client:*`) cost about
 * 2 KB gzip of inline bootstrap on every page that has one, plus its Preact renderer: more than a calculator's own
 * code, and enough to miss the 12 KB budget (README.md, Budgets and checks). Our islands are a <div data-island> holding the server-rendered HTML and
 * its props as JSON (see components/islands/Island.astro); each island component's bundled <script> calls this with
 * its widget, so a page fetches the code of its own widgets only.
 */
import { Component, h, hydrate, type ComponentChildren, type ComponentType } from 'preact';

/**
 * Catches an exception thrown while rendering a widget and shows `message` instead: WIDGET_FAILED, which Island.astro
 * writes into the page (data-failed), so that no widget's code carries it.
 */
export class WidgetBoundary extends Component<
  { message?: string | undefined; children?: ComponentChildren },
  { failed: boolean }
> {
  override state = { failed: false };
  override componentDidCatch(error: unknown) {
    console.error(error);
    this.setState({ failed: true });
  }
  override render() {
    return this.state.failed
      ? h('p', { class: 'widget-error', role: 'alert' }, this.props.message)
      : this.props.children;
  }
}

/**
 * Hydrates every island of this name with its widget; `extra` props (known only in the browser, e.g. the checker's
 * input given before its code arrived) join the ones written at build time.
 */
export function hydrateIslands<P extends object>(name: string, Widget: ComponentType<P>, extra?: Partial<P>): void {
  for (const root of Array.from(document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`))) {
    // the props were written by Island.astro from the same component's typed props at build time
    const props = { ...(JSON.parse(root.dataset.props ?? '{}') as P), ...extra };
    // what the reader typed or chose in the server-rendered form (inputs only: no widget has a select or textarea)
    // before this code arrived (a calculator loads when
    // the reader nears it: src/scripts/reading-mode.ts): kept in the page, then handed to the widget as its events
    // (a radio the reader moved away from is left out: its newly chosen partner carries the choice)
    const early = Array.from(root.querySelectorAll('input')).filter(
      (f) => (f.value !== f.defaultValue || f.checked !== f.defaultChecked) && (f.checked || f.type !== 'radio'),
    );
    hydrate(h(WidgetBoundary, { message: root.dataset.failed }, h(Widget, props)), root);
    for (const f of early) for (const type of ['input', 'change']) f.dispatchEvent(new Event(type, { bubbles: true }));
    // tests and the bench wait for this: a click before hydration is lost
    root.dataset.hydrated = '';
    // print: an untouched calculator prints its table of amounts, a used one its current state (print.css)
    const touched = () => root.closest('.calculator')?.setAttribute('data-touched', '');
    root.addEventListener('input', touched, { once: true });
    root.addEventListener('change', touched, { once: true });
  }
}
