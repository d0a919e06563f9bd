/**
 * The header's search results (搜索 in every page's header): as the reader types in #header-q, the first results appear
 * in a panel under the field, drawn as on /search/ (SearchResults.tsx), with a link to all of them on /search/. The
 * field and its form stay the page's own (SiteHeader.astro): Enter still opens /search/?q=…, with or without this
 * code. Loaded when the reader first puts the cursor in the field (src/scripts/header-search.ts), so what was typed
 * before it arrived is searched at once. Esc closes the panel; it closes too when the cursor or a click leaves the form,
 * and opens again with the next keystroke.
 */
import { useEffect, useState } from 'preact/hooks';
import { FIRST_DRAWN } from './pagefind-load';
import { SearchResultList, SearchStatus, useSearch } from './SearchResults';
import { readSearchQuery } from './search-query';

interface Props {
  /** Changes with every build; see loadPagefind. */
  indexTag: string;
  /** The header's search field, and its form (the panel lives inside the form). */
  field: HTMLInputElement;
  form: HTMLFormElement;
}

/** The field's text as /search/ would read it from ?q= (trimmed, at most 100 characters). */
const queryOf = (field: HTMLInputElement) => readSearchQuery(`?${new URLSearchParams({ q: field.value }).toString()}`);

export default function HeaderSearch({ indexTag, field, form }: Props) {
  const [state, search] = useSearch(indexTag, FIRST_DRAWN);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const typed = () => {
      const q = queryOf(field);
      setQuery(q);
      setOpen(q !== '');
      void search(q);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        field.focus(); // (from a result: its focus event opens the panel, which closes next)
        setOpen(false);
      }
    };
    const away = (e: Event) => {
      const to = e instanceof FocusEvent ? e.relatedTarget : e.target;
      if (!(to instanceof Node && form.contains(to))) setOpen(false);
    };
    const back = () => setOpen(queryOf(field) !== '');
    field.addEventListener('input', typed);
    field.addEventListener('focus', back);
    form.addEventListener('keydown', key);
    form.addEventListener('focusout', away);
    document.addEventListener('pointerdown', away);
    // typed before this code arrived
    if (field.value) typed();
    return () => {
      field.removeEventListener('input', typed);
      field.removeEventListener('focus', back);
      form.removeEventListener('keydown', key);
      form.removeEventListener('focusout', away);
      document.removeEventListener('pointerdown', away);
    };
  }, []);

  const shown = open && state.kind !== 'idle';
  // the live region is always in the page (empty while closed), so a screen reader hears the count as it changes
  return (
    <div class={shown ? 'header-results-panel' : undefined}>
      <div aria-live="polite" class="header-results-status">
        {shown && <SearchStatus state={state} max={FIRST_DRAWN} />}
      </div>
      {shown && <SearchResultList state={state} />}
      {shown && state.kind === 'results' && state.total > 0 && (
        <p class="header-results-all">
          <a href={`/search/?q=${encodeURIComponent(query)}`}>查看全部结果</a>
        </p>
      )}
    </div>
  );
}
