/**
 * Search results as both searches draw them, the search page (SearchPage.tsx) and the header's panel
 * (HeaderSearch.tsx): the state of a search as the reader types (useSearch), the status line for the live region
 * (SearchStatus) and the list of results with their excerpts (SearchResultList).
 */
import { useRef, useState } from 'preact/hooks';
import { excerptPieces } from './search-excerpt';
import { loadPagefind, searchPages, type PagefindResultData } from './pagefind-load';

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; query: string; total: number; items: PagefindResultData[] }
  | { kind: 'error' };

/**
 * The state of the latest query, and the function that runs one: results are drawn as soon as the first has arrived
 * (searchPages), an older query's results never replace a newer one's, and the list stays while the next query runs.
 */
export function useSearch(indexTag: string, max: number): [SearchState, (q: string) => Promise<void>] {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  const run = async (q: string) => {
    const id = ++latest.current;
    const current = () => id === latest.current; // false once a newer query has started
    if (!q.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    setState((s) => (s.kind === 'results' ? s : { kind: 'loading' }));
    try {
      const pf = await loadPagefind(indexTag, q);
      if (!current()) return;
      await searchPages(pf, q, max, (total, items) => setState({ kind: 'results', query: q, total, items }), current);
    } catch {
      if (current()) setState({ kind: 'error' });
    }
  };
  return [state, run];
}

/** The line for the live region: searching, nothing found, how many were found, or that search is unavailable. */
export function SearchStatus({ state, max }: { state: SearchState; max: number }) {
  return (
    <>
      {state.kind === 'loading' && <p>正在搜索……</p>}
      {state.kind === 'error' && (
        <p>
          搜索暂时无法使用。您可以直接阅读<a href="/measure/">政策全文</a>。
        </p>
      )}
      {state.kind === 'results' && state.total === 0 && (
        <p>
          没有找到与“{state.query}”相关的内容。请换一个词（例如“技师”“补贴”“大赛”），或阅读
          <a href="/measure/">政策全文</a>。
        </p>
      )}
      {state.kind === 'results' && state.total > 0 && (
        <p>
          找到 {state.total} 个相关页面{state.total > max ? `，显示前 ${max} 个` : ''}。
        </p>
      )}
    </>
  );
}

/** The results drawn so far: each page's title as a link, and its excerpt with the query's words marked. */
export function SearchResultList({ state }: { state: SearchState }) {
  if (state.kind !== 'results' || state.items.length === 0) return null;
  return (
    <ol class="search-results">
      {state.items.map((r) => (
        <li key={r.url}>
          <a href={r.url}>{r.meta.title ?? r.url}</a>
          <p>
            {excerptPieces(r.excerpt, state.query).map((p, i) =>
              p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
