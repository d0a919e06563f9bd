/**
 * 搜索: the full search page, on Pagefind (built into /pagefind/ after `astro build`, loaded by pagefind-load.ts when
 * the reader shows up, or while the island hydrates when the page opens with a query). Reads ?q= from the header form,
 * searches as the reader types and keeps the query in the URL. The first result is drawn as soon as its fragment
 * arrives, the others as they follow (SearchResults.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, readSearchQuery } from './search-query';
import { loadPagefind, warmOnIntent } from './pagefind-load';
import { SearchResultList, SearchStatus, useSearch } from './SearchResults';

const MAX_RESULTS = 20;

/**
 * Moves links of /search/'s inert <template data-search-files> (search.astro) into the page, which fetches them then:
 * Pagefind's first files (`preload`: its script, entry, WebAssembly and metadata) as Pagefind starts, and the result
 * fragments (`prefetch`) once the index is in, so that they do not queue before its chunks. The prefetches wait when
 * the reader has asked to save data (as the header's template does, src/scripts/reading-mode.ts).
 */
function fetchSearchFiles(kind: 'preload' | 'prefetch'): void {
  const template = document.querySelector('template[data-search-files]');
  if (!(template instanceof HTMLTemplateElement)) return;
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (kind === 'prefetch' && saveData) return;
  for (const link of template.content.querySelectorAll('link'))
    if ((link.rel === 'prefetch') === (kind === 'prefetch')) document.head.append(link);
}

/** Pagefind started, with its first files fetched beside it (and, with a query, the index chunks for it). */
function startPagefind(indexTag: string, q: string) {
  fetchSearchFiles('preload');
  return loadPagefind(indexTag, q);
}

interface Props {
  /** Changes with every build; see loadPagefind. */
  indexTag: string;
}

export default function SearchPage({ indexTag }: Props) {
  const [query, setQuery] = useState('');
  const [state, search] = useSearch(indexTag, MAX_RESULTS);

  // Opened with a query (?q=, the header form's Enter): Pagefind starts in the first (hydrating) render in the browser,
  // not in an effect, which waits for the next paint, with the index chunks for the query. Otherwise it starts when
  // the reader shows up (warmOnIntent): nothing of it runs while the page loads. A failure is shown by the search that
  // awaits it.
  if (typeof window !== 'undefined') {
    const q = readSearchQuery(window.location.search);
    if (q) startPagefind(indexTag, q).catch(() => undefined);
  }

  /** The query in the URL (replaced, not a new history entry), then the search. */
  const run = (q: string) => {
    const url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    return search(q);
  };

  useEffect(() => {
    const q = readSearchQuery(window.location.search);
    setQuery(q);
    // ready for a query when the reader shows up (see warmOnIntent), not while the page loads
    warmOnIntent(
      () => startPagefind(indexTag, q),
      () => fetchSearchFiles('prefetch'),
    );
    if (q) void run(q);
  }, []);

  return (
    <div class="search-page">
      <form
        class="search-field"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void run(query);
        }}
      >
        <label class="visually-hidden" for="search-q">
          搜索政策条文
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          value={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="输入关键词，如：技师、补贴、金蓝领"
          autocomplete="off"
          onInput={(e) => {
            const q = (e.currentTarget as HTMLInputElement).value;
            setQuery(q);
            void run(q);
          }}
        />
        <button type="submit">搜索</button>
      </form>
      <div aria-live="polite" class="search-status">
        <SearchStatus state={state} max={MAX_RESULTS} />
      </div>
      <SearchResultList state={state} />
    </div>
  );
}
