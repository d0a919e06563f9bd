/**
 * The header search's code (HeaderSearch.tsx), imported by the reading-mode script when the reader first puts the
 * cursor in the header's search field or touches it (src/scripts/reading-mode.ts, from the inert
 * <template data-search-module> of HeaderSearchModule.astro): article pages load no script file until then. Starts
 * Pagefind at once and draws the results panel inside the header's form.
 */
import { h, render } from 'preact';
import HeaderSearch from '../widgets/HeaderSearch';
import { loadPagefind } from '../widgets/pagefind-load';

const form = document.getElementById('header-search');
const field = document.getElementById('header-q');
if (form instanceof HTMLFormElement && field instanceof HTMLInputElement) {
  const indexTag = form.dataset.indexTag ?? '';
  // Pagefind's files are already on their way (the template's preload links); a failure is shown by the first search
  loadPagefind(indexTag, '').catch(() => undefined);
  const box = document.createElement('div');
  box.className = 'header-results';
  form.append(box);
  render(h(HeaderSearch, { indexTag, field, form }), box);
}
