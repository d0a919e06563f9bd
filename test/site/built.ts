/**
 * The built site as files: where it is, its pages and redirect pages (read from dist/ or $DIST_DIR, never listed by
 * hand, so a page added later is tested at once), and each page's HTML parsed once. Tests that only read markup use
 * this instead of a browser: it takes milliseconds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Window } from 'happy-dom';
import { distDir as builtDir } from '../../scripts/site-dir.ts';

export const distDir: string = builtDir;

export interface BuiltPage {
  /** The URL path, e.g. "/measure/6/" (or "/404.html"). */
  route: string;
  file: string;
}
export interface BuiltRedirect extends BuiltPage {
  target: string;
}

/** Folders of the build that hold assets, not pages. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (dir === distDir && ASSET_DIRS.has(name)) continue;
      found.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) found.push(path);
  }
  return found;
}

function routeOf(file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const REFRESH = /<meta[^>]+http-equiv=["']?refresh["']?[^>]*content=["']?\s*\d+\s*;\s*url=([^"'>\s]+)/i;

function scan(): { pages: BuiltPage[]; redirects: BuiltRedirect[] } {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no built site: run "npm run build" (npm test builds it for you).`);
  }
  const pages: BuiltPage[] = [];
  const redirects: BuiltRedirect[] = [];
  for (const file of htmlFiles(distDir).sort()) {
    const route = routeOf(file);
    const refresh = REFRESH.exec(readFileSync(file, 'utf8'));
    if (refresh?.[1]) redirects.push({ route, file, target: refresh[1] });
    else pages.push({ route, file });
  }
  return { pages, redirects };
}

let cache: ReturnType<typeof scan> | undefined;

/** Every page of the built site (not the redirect pages), "/" first. */
export function builtPages(): BuiltPage[] {
  cache ??= scan();
  return cache.pages;
}

/** Every built page's route. */
export function builtRoutes(): string[] {
  return builtPages().map((p) => p.route);
}

/** The static redirect pages and where they point. */
export function builtRedirects(): BuiltRedirect[] {
  cache ??= scan();
  return cache.redirects;
}

/** A built file's text, by its path in the site ("/api/measure.json", "/measure/6/"): a missing file fails. */
export function readBuilt(path: string): string {
  const file = resolve(distDir, `.${path}${path.endsWith('/') ? 'index.html' : ''}`);
  if (!existsSync(file)) throw new Error(`${path} is not in the build (${file})`);
  return readFileSync(file, 'utf8');
}

// One happy-dom window parses every page. Pages' <link rel="preload"> (Pagefind's files on /search/) are fetched by
// happy-dom: from the built site, never from the network.
let window: Window | undefined;
const parsed = new Map<string, Document>();

/**
 * The page at a route ("/measure/6/") or file, parsed once per worker (the site project does not isolate files:
 * vitest.config.ts).
 */
export function builtDocument(routeOrFile: string): Document {
  const file = routeOrFile.startsWith('/') && !routeOrFile.startsWith(distDir) ? pageFile(routeOrFile) : routeOrFile;
  let doc = parsed.get(file);
  if (!doc) {
    window ??= new Window({
      url: 'https://site.test/',
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        fetch: { virtualServers: [{ url: 'https://site.test/', directory: distDir }] },
      },
    });
    doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
    parsed.set(file, doc);
  }
  return doc;
}

function pageFile(route: string): string {
  const page = builtPages().find((p) => p.route === route);
  if (!page) throw new Error(`${route} is not a built page`);
  return page.file;
}

/** Closes the shared parser (call from afterAll in a test file that parsed pages). */
export async function closeBuiltDocuments(): Promise<void> {
  parsed.clear();
  await window?.happyDOM.close();
  window = undefined;
}
