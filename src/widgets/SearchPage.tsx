/**
 * 搜索: the full search page. Loads Pagefind (built into /pagefind/ after `astro build`) when the page opens,
 * reads ?q= from the header form, searches as the reader types and keeps the query in the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { excerptPieces } from './search-excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (q: string, opts?: object, ms?: number) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; query: string; total: number; items: PagefindResultData[] }
  | { kind: 'error' };

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

export default function SearchPage() {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const pagefind = useRef<Promise<Pagefind> | null>(null);

  const load = (): Promise<Pagefind> => {
    pagefind.current ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (m: Pagefind) => {
      await m.options({ noWorker: true });
      await m.init();
      return m;
    });
    return pagefind.current;
  };

  const run = async (q: string) => {
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
      const pf = await load();
      const search = await pf.debouncedSearch(q, {}, 0);
      if (search === null) return; // superseded by a newer query
      const items = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      setState({ kind: 'results', query: q, total: search.results.length, items });
    } catch {
      setState({ kind: 'error' });
    }
  };

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    setQuery(q);
    void load();
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
        <label class="visually-hidden" for="search-q">搜索政策条文</label>
        <input
          id="search-q"
          type="search"
          name="q"
          value={query}
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
        {state.kind === 'error' && <p>搜索暂时无法使用。您可以直接阅读<a href="/measure/">政策全文</a>。</p>}
        {state.kind === 'results' && state.total === 0 && (
          <p>
            没有找到与“{state.query}”相关的内容。请换一个词（例如“技师”“补贴”“大赛”），或阅读<a href="/measure/">政策全文</a>。
          </p>
        )}
        {state.kind === 'results' && state.total > 0 && (
          <p>找到 {state.total} 个相关页面{state.total > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。</p>
        )}
      </div>
      {state.kind === 'results' && state.items.length > 0 && (
        <ol class="search-results">
          {state.items.map((r) => (
            <li key={r.url}>
              <a href={r.url}>{r.meta.title ?? r.url}</a>
              <p>
                {excerptPieces(r.excerpt).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
