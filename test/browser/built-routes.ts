/**
 * The routes of the built site, read from dist/ (or $DIST_DIR) rather than listed by hand, so a page added later is
 * tested at once. A page is every index.html plus 404.html; a static redirect page (meta refresh, e.g. the short links
 * /1 … /20) is listed apart with its target.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { distDir } from './harness';

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

/** Whether a route was built (e.g. "/check/"), so a test can test what exists and say what does not yet. */
export function isBuilt(route: string): boolean {
  return builtRoutes().includes(route);
}
