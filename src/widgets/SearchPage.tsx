/**
 * 搜索: the full search page, on Pagefind (built into /pagefind/ after `astro build`, loaded by pagefind-load.ts
 * while the island hydrates). Reads ?q= from the header form, searches as the reader types and keeps the query in the
 * URL. The first result is drawn as soon as its fragment arrives, the others as they follow (SearchResults.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH, readSearchQuery } from './search-query';
import { loadPagefind, warmOnIntent } from './pagefind-load';
import { SearchResultList, SearchStatus, useSearch } from './SearchResults';

const MAX_RESULTS = 20;

interface Props {
  /** Changes with every build; see loadPagefind. */
  indexTag: string;
}

export default function SearchPage({ indexTag }: Props) {
  const [query, setQuery] = useState('');
  const [state, search] = useSearch(indexTag, MAX_RESULTS);

  // Start loading in the first (hydrating) render in the browser, not in an effect, which waits for the next paint,
  // and with it the index chunks for ?q=. A failure is shown by the search that awaits it.
  if (typeof window !== 'undefined')
    loadPagefind(indexTag, readSearchQuery(window.location.search)).catch(() => undefined);

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
    void loadPagefind(indexTag, q).then(warmOnIntent, () => undefined);
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
