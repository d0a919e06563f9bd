/**
 * 搜索: the full search page. Loads Pagefind (built into /pagefind/ after `astro build`) as soon as the island
 * renders, reads ?q= from the header form, searches as the reader types and keeps the query in the URL.
 * The first results are drawn as soon as their fragments arrive, the rest when they follow.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { excerptPieces } from './search-excerpt';
import { MAX_QUERY_LENGTH, readSearchQuery } from './search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  preload: (q: string) => Promise<unknown>;
  search: (q: string) => Promise<PagefindSearch>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; query: string; total: number; items: PagefindResultData[] }
  | { kind: 'error' };

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;
/** Drawn as soon as their fragments arrive (one round of the browser's six connections); the rest follow. */
const FIRST_DRAWN = 5;
/** See pagefindReady. */
const READY_PROBES = 10;
const READY_PROBE_GAP_MS = 5;

/**
 * Resolves once Pagefind's WebAssembly and metadata are in. Pagefind makes every call wait for that by checking every
 * 50 ms (its getPtr), so a search started while it loads waits up to 50 ms longer than it needs to. Preloads started
 * 5 ms apart: the first to find it ready resolves this no more than 5 ms late, and has begun loading the index
 * chunks for `warmQuery`. (A later search finds it ready and does not wait at all.)
 */
function pagefindReady(pf: Pagefind, warmQuery: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = () => {
      settled = true;
      resolve();
    };
    const fail = (e: unknown) => {
      settled = true;
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    for (let i = 0; i < READY_PROBES; i++) {
      setTimeout(() => {
        if (!settled) pf.preload(warmQuery).then(done, fail);
      }, i * READY_PROBE_GAP_MS);
    }
  });
}

let pagefindLoad: Promise<Pagefind> | undefined;

/**
 * One Pagefind per page. `indexTag` changes with every build: Pagefind asks for pagefind-entry.json?ts=<indexTag>,
 * the URL search.astro preloads (Pagefind's default is a new timestamp on every load, which no preload can match).
 * In the main thread (noWorker): a worker would fetch and start a second script first.
 */
function loadPagefind(indexTag: string, warmQuery: string): Promise<Pagefind> {
  pagefindLoad ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: Pagefind) => {
    await pf.options({ noWorker: true, metaCacheTag: indexTag });
    await pf.init();
    await pagefindReady(pf, warmQuery);
    return pf;
  });
  return pagefindLoad;
}

interface Props {
  /** Changes with every build; see loadPagefind. */
  indexTag: string;
}

export default function SearchPage({ indexTag }: Props) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);

  // Start loading in the first (hydrating) render in the browser, not in an effect, which waits for the next paint.
  // A failure is shown by the search that awaits it.
  if (typeof window !== 'undefined' && pagefindLoad === undefined) {
    loadPagefind(indexTag, readSearchQuery(window.location.search)).catch(() => undefined);
  }

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
      const fragments = search.results.slice(0, MAX_RESULTS).map((r) => r.data());
      const first = await Promise.all(fragments.slice(0, FIRST_DRAWN));
      if (!current()) return;
      setState({ kind: 'results', query: q, total, items: first });
      if (fragments.length > first.length) {
        const all = await Promise.all(fragments);
        if (current()) setState({ kind: 'results', query: q, total, items: all });
      }
    } catch {
      if (current()) setState({ kind: 'error' });
    }
  };

  useEffect(() => {
    const q = readSearchQuery(window.location.search);
    setQuery(q);
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
