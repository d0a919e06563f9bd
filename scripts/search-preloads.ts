// After Pagefind has run: /search/ also preloads Pagefind's metadata file, whose name carries a hash known only once
// the index is written (pagefind-entry.json names it). Without it Pagefind asks for the metadata one round trip after
// the entry file. Inserted in /search/'s inert <template data-search-files> (src/pages/search.astro), after the entry
// file's preload; the search island adds the template's links to the page when it starts Pagefind.
//
// And it prefetches every result fragment (about 60 KB, files whose names carry their hash, so cached for a year):
// fetched at the lowest priority and without running any code, while Pagefind itself loads every index chunk
// (src/widgets/pagefind-load.ts, warmOnIntent), so a query waits for none of them. The index chunks get no link there:
// Pagefind asks for them at once, and a prefetch still on its way would be fetched a second time. The index of this
// site is small: the whole of it costs less than one fragment round trip on a slow line.
//
// Every page's header search (SiteHeader.astro) gets the metadata and index chunk links inside its inert
// <template data-search-module>: the reading-mode script adds them to the page when the reader first uses the field
// (the prefetches not with Save-Data), so Pagefind's metadata and the index load beside the header search's code
// instead of one after the other (entry → metadata → index chunk → fragments were four round trips,
// scripts/search-trace.ts --header).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** pagefind/pagefind-entry.json: the hash of each language's metadata file. */
interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/**
 * Pagefind's metadata (preload: always used), then every file of one folder of the index (prefetch): the index chunks
 * (`index`) or the result fragments (`fragment`), as <link>s.
 */
function pagefindLinks(dist: string, folder: 'index' | 'fragment'): string[] {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const links = Object.values(entry.languages).map(
    ({ hash }) => `<link rel="preload" href="/pagefind/pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`,
  );
  for (const file of readdirSync(join(dist, 'pagefind', folder))
    .filter((f) => /\.pf_(index|fragment)$/.test(f))
    .sort())
    links.push(`<link rel="prefetch" href="/pagefind/${folder}/${file}" as="fetch" crossorigin="anonymous">`);
  return links;
}

const HEADER_TEMPLATE = '<template data-search-module>';
const SEARCH_PAGE_TEMPLATE = '<template data-search-files>';

/** `html` with `links` last in its first `template` (after the links already there: the page adds them in order). */
function intoTemplate(html: string, template: string, links: string): string | undefined {
  const at = html.indexOf(template);
  const end = at < 0 ? -1 : html.indexOf('</template>', at);
  return end < 0 ? undefined : html.slice(0, end) + links + html.slice(end);
}

/** Writes the links into /search/'s template and into every page's header search template; returns /search/'s number. */
export function addSearchPreloads(dist: string): number {
  // every page carries the header's links: without the fragments' 38 names (about 450 B gzip a page, and an article page
  // is held to 0.25× the peer's bytes, README "Budgets and checks"); the query's five fragments then come one round trip after the search
  const headerLinks = pagefindLinks(dist, 'index').join('');
  const all = pagefindLinks(dist, 'fragment');
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const original = readFileSync(file, 'utf8');
    let html = intoTemplate(original, HEADER_TEMPLATE, headerLinks) ?? original;
    if (file === join(dist, 'search', 'index.html')) {
      const withPage = intoTemplate(html, SEARCH_PAGE_TEMPLATE, all.join(''));
      if (!withPage) throw new Error(`${file}: no ${SEARCH_PAGE_TEMPLATE} to put Pagefind's links in`);
      html = withPage;
    }
    if (html !== original) writeFileSync(file, html);
  }
  return all.length;
}
