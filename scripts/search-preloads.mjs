// After Pagefind has run: /search/ also preloads Pagefind's metadata file, whose name carries a hash known only once
// the index is written (pagefind-entry.json names it). Without it Pagefind asks for the metadata one round trip after
// the entry file. Inserted beside the entry file's preload, which src/pages/search.astro writes.
//
// And it prefetches every index chunk and every result fragment (about 150 KB, files whose names carry their hash, so
// cached for a year): fetched while the page is idle, at the lowest priority and without running any code, so a
// query waits for none of them (src/widgets/pagefind-load.ts, warmOnIntent). The index of this site is small: the
// whole of it costs less than one fragment round trip on a slow line.
//
// Every page's header search (SiteHeader.astro) gets the metadata and index chunk links inside its inert
// <template data-search-module>: the reading-mode script adds them to the page when the reader first uses the field
// (the prefetches not with Save-Data), so Pagefind's metadata and the index load beside the header search's code
// instead of one after the other (entry → metadata → index chunk → fragments were four round trips,
// scripts/search-trace.mjs --header).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pagefind's metadata (preload: always used), then every index chunk and (`fragments`) every result fragment
 * (prefetch), as <link>s.
 */
function pagefindLinks(dist, { fragments }) {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const links = Object.values(entry.languages).map(
    ({ hash }) => `<link rel="preload" href="/pagefind/pagefind.${hash}.pf_meta" as="fetch" crossorigin="anonymous">`,
  );
  for (const folder of fragments ? ['index', 'fragment'] : ['index'])
    for (const file of readdirSync(join(dist, 'pagefind', folder))
      .filter((f) => /\.pf_(index|fragment)$/.test(f))
      .sort())
      links.push(`<link rel="prefetch" href="/pagefind/${folder}/${file}" as="fetch" crossorigin="anonymous">`);
  return links;
}

const HEADER_TEMPLATE = '<template data-search-module>';

/** Writes the links into /search/ and into every page's header search template; returns /search/'s number of links. */
export function addSearchPreloads(dist) {
  // every page carries the header's links: without the fragments' 38 names (about 450 B gzip a page, SPEC §8 holds
  // an article page to 0.25× the peer's bytes); the query's five fragments then come one round trip after the search
  const headerLinks = pagefindLinks(dist, { fragments: false }).join('');
  const all = pagefindLinks(dist, { fragments: true });
  const links = all.join('');
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const at = html.indexOf(HEADER_TEMPLATE);
    // last in the template, after the code's own links: the page adds them in this order
    const end = at < 0 ? -1 : html.indexOf('</template>', at);
    if (end >= 0) writeFileSync(file, html.slice(0, end) + headerLinks + html.slice(end));
  }
  const page = join(dist, 'search', 'index.html');
  const html = readFileSync(page, 'utf8');
  const anchor = /<link rel="preload" href="\/pagefind\/pagefind-entry\.json[^>]*>/.exec(html);
  if (!anchor) throw new Error(`${page}: no preload of pagefind-entry.json to put the metadata preload beside`);
  const at = anchor.index + anchor[0].length;
  writeFileSync(page, html.slice(0, at) + links + html.slice(at));
  return all.length;
}
