/**
 * 搜索: the full search page, on Pagefind (built into /pagefind/ after `astro build`, loaded by pagefind-load.ts
 * while the island hydrates). Reads ?q= from the header form, searches as the reader types and keeps the query in the
 * URL. The first results are drawn as soon as their fragments arrive, the rest when they follow.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { excerptPieces } from './search-excerpt';
import { MAX_QUERY_LENGTH, readSearchQuery } from './search-query';
import { loadPagefind, warmIndexWhenIdle, type PagefindResultData } from './pagefind-load';

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; query: string; total: number; items: PagefindResultData[] }
  | { kind: 'error' };

const MAX_RESULTS = 20;
/** Drawn as soon as their fragments arrive (one round of the browser's six connections); the rest follow. */
const FIRST_DRAWN = 5;

interface Props {
  /** Changes with every build; see loadPagefind. */
  indexTag: string;
}

export default function SearchPage({ indexTag }: Props) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);

  // Start loading in the first (hydrating) render in the browser, not in an effect, which waits for the next paint,
  // and with it the index chunks for ?q=. A failure is shown by the search that awaits it.
  if (typeof window !== 'undefined')
    loadPagefind(indexTag, readSearchQuery(window.location.search)).catch(() => undefined);

  const run = async (q: string) => {
    const id = ++latest.current;
    const current = () => id === latest.current; // false once a newer query has started
    const url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!q.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    setState((s) => (s.kind === 'results' ? s : { kind: 'loading' }));
    try {
      const pf = await loadPagefind(indexTag, q);
      if (!current()) return;
      const search = await pf.search(q);
      if (!current()) return;
      const total = search.results.length;
      const shown = search.results.slice(0, MAX_RESULTS);
      // the first fragments are requested alone: fetched together with the rest, they would queue behind them
      // (a browser opens about six connections to one HTTP/1.1 server)
      const first = await Promise.all(shown.slice(0, FIRST_DRAWN).map((r) => r.data()));
      if (!current()) return;
      setState({ kind: 'results', query: q, total, items: first });
      if (shown.length > first.length) {
        const rest = await Promise.all(shown.slice(FIRST_DRAWN).map((r) => r.data()));
        if (current()) setState({ kind: 'results', query: q, total, items: [...first, ...rest] });
      }
    } catch {
      if (current()) setState({ kind: 'error' });
    }
  };

  useEffect(() => {
    const q = readSearchQuery(window.location.search);
    setQuery(q);
    // then the whole index, before the reader types (see warmIndexWhenIdle); after the first results, not in their way
    (q ? run(q) : Promise.resolve()).then(() => loadPagefind(indexTag, q)).then(warmIndexWhenIdle, () => undefined);
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
            找到 {state.total} 个相关页面{state.total > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。
          </p>
        )}
      </div>
      {state.kind === 'results' && state.items.length > 0 && (
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
      )}
    </div>
  );
}
