/**
 * Security (SPEC §1, §9; issue 7 §4–5): the Content-Security-Policy every page carries allows no inline script or
 * style without a hash and no 'unsafe-eval' (only 'wasm-unsafe-eval', for Pagefind); the built HTML has nothing the
 * policy would block; islands and Pagefind work under it; no request leaves the local server; no console error or
 * warning on any page; user input never reaches HTML parsing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, openPage, type OpenedPage, useSite } from './harness';
import { builtPages } from './built-routes';
import { cspViolations, recordCspViolations, settle } from './audit';

const pages = builtPages();
// the parsed pages' <link rel="preload"> (Pagefind's files on /search/) are fetched by happy-dom: from the built site
const domWindow = new Window({ url: 'https://site.test/', settings: { fetch: { virtualServers: [{ url: 'https://site.test/', directory: distDir }] } } });
afterAll(() => domWindow.close());

type Policy = Map<string, string[]>;
function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;
/** <script> types the browser runs; JSON-LD and other data blocks are not scripts to CSP. */
const EXECUTABLE = new Set(['', 'text/javascript', 'module', 'application/javascript']);

describe('the Content-Security-Policy of every built page', () => {
  it.each(pages.map((p) => [p.route, p.file] as const))('%s: a strict policy that allows exactly what the page needs', (_route, file) => {
    const html = readFileSync(file, 'utf8');
    const doc = new domWindow.DOMParser().parseFromString(html, 'text/html');
    const metas = doc.querySelectorAll('meta[http-equiv="content-security-policy" i]');
    expect(metas.length).toBe(1);
    const policy = parsePolicy(metas[0]?.getAttribute('content') ?? '');

    // the policy comes before anything it governs
    const metaAt = html.search(/<meta[^>]+http-equiv="content-security-policy"/i);
    // (data blocks such as JSON-LD are not scripts to CSP, so they may come first)
    const firstGoverned = html.search(/<(script(?![^>]*type="application\/(ld\+)?json")|style|link[^>]+rel="stylesheet")[\s>]/i);
    expect(metaAt).toBeGreaterThan(-1);
    if (firstGoverned > -1) expect(metaAt).toBeLessThan(firstGoverned);

    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc.filter((v) => !HASH.test(v)).sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const styleSrc = policy.get('style-src') ?? [];
    expect(styleSrc.filter((v) => !HASH.test(v))).toEqual(["'self'"]);
    // nothing open-ended anywhere: no unsafe keyword, wildcard, other host or data: (except data: images)
    for (const [name, values] of policy) {
      for (const v of values) {
        if (name === 'img-src' && v === 'data:') continue;
        expect(v, `${name} ${v}`).not.toMatch(/^'unsafe-(inline|eval|hashes)'$|^\*$|^https?:|^data:$|^blob:$/);
      }
    }
    // a <meta> policy cannot carry these; the browser would log an error on every page
    for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(policy.has(name), name).toBe(false);

    // every inline script and style of the page is allowed by its hash, and nothing needs 'unsafe-inline'
    for (const s of doc.querySelectorAll('script:not([src])')) {
      const type = (s.getAttribute('type') ?? '').toLowerCase();
      if (EXECUTABLE.has(type)) expect(scriptSrc, `inline script ${s.textContent?.slice(0, 60)}`).toContain(sha256(s.textContent ?? ''));
    }
    for (const s of doc.querySelectorAll('style')) expect(styleSrc, `inline style ${s.textContent?.slice(0, 60)}`).toContain(sha256(s.textContent ?? ''));
    expect(doc.querySelectorAll('[style]').length, 'style="" attributes (blocked by the policy)').toBe(0);
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers, 'inline event handlers (blocked by the policy)').toEqual([]);
  });
});

describe('in the browser, under the policy', () => {
  const site = useSite();

  async function open(): Promise<OpenedPage> {
    const opened = await openPage(site());
    await recordCspViolations(opened.page.context());
    return opened;
  }
  async function expectClean(opened: OpenedPage, page: Page) {
    expect(await cspViolations(page)).toEqual([]);
    expect(opened.log.consoleProblems).toEqual([]);
    expect(opened.log.pageErrors).toEqual([]);
    expect(opened.log.externalRequests).toEqual([]);
  }

  it.each(pages.map((p) => p.route))('%s: no console error or warning, no CSP violation, no request leaves the local server', async (path) => {
    const opened = await open();
    try {
      if (path === '/404.html') opened.log.expectedStatus = 200;
      await opened.page.goto(site().origin + path, { waitUntil: 'load' });
      await settle(opened.page);
      await expectClean(opened, opened.page);
    } finally {
      await opened.close();
    }
  });

  it('search still works: the island hydrates, Pagefind (worker and WebAssembly) returns results', async () => {
    const opened = await open();
    const { page } = opened;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    try {
      await page.goto(`${site().origin}/search/?q=${encodeURIComponent('技师')}`);
      await page.waitForSelector('[data-island][data-hydrated]');
      await page.waitForSelector('.search-results li a[href^="/measure/"]', { timeout: 15_000 });
      expect(requested.some((p) => p.startsWith('/pagefind/') && p.endsWith('.js'))).toBe(true);
      expect(requested.some((p) => p.startsWith('/pagefind/') && /wasm/.test(p))).toBe(true);
      await page.fill('#search-q', '金蓝领');
      await page.waitForSelector('.search-results li a[href*="/measure/9/"]', { timeout: 15_000 });
      await expectClean(opened, page);
    } finally {
      await opened.close();
    }
  });

  it('a hostile ?q= on /search/ is shown as text, never parsed as HTML', async () => {
    const hostile = '<img src=qqzx onerror="window.__pwned=1"><b>qqzx</b>';
    const opened = await open();
    const { page } = opened;
    try {
      await page.goto(`${site().origin}/search/?q=${encodeURIComponent(hostile)}`);
      await page.waitForSelector('[data-island][data-hydrated]');
      // a function, not a string: the page's CSP forbids string evaluation, and Playwright polls strings with eval
      await page.waitForFunction(() => /没有找到|找到 \d+/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, { timeout: 15_000 });
      expect(await page.inputValue('#search-q')).toBe(hostile);
      expect(await page.locator('main img, main b').count()).toBe(0);
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      const status = (await page.textContent('.search-status')) ?? '';
      // Pagefind may match a word of it; when nothing is found, the message quotes the query, as text
      if (status.includes('没有找到')) expect(status).toContain(`没有找到与“${hostile}”`);
      else expect(status).toMatch(/找到 \d+ 个相关页面/);
      expect(opened.log.externalRequests).toEqual([]);
      expect(opened.log.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('no user input reaches HTML parsing (source check)', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs|jsx|astro|mdx)$/.test(name)) files.push(path);
    }
  };
  walk('src');
  walk('content');

  it('src/ and content/ never write HTML strings into the DOM', () => {
    const sinks = /\.innerHTML\s*[+]?=|\.outerHTML\s*[+]?=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|\beval\s*\(|new Function\s*\(/;
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => (sinks.test(line) ? `${relative('.', f)}:${i + 1}: ${line.trim()}` : null))
        .filter((x): x is string => x !== null),
    );
    expect(found).toEqual([]);
  });

  it('set:html is used only for build-time constants: the reading-mode script and JSON-LD data blocks', () => {
    const allowed = [/<script is:inline set:html=\{source\}/, /<script type="application\/ld\+json" set:html=/];
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => (/set:html/.test(line) && !allowed.some((a) => a.test(line)) ? `${relative('.', f)}:${i + 1}: ${line.trim()}` : null))
        .filter((x): x is string => x !== null),
    );
    expect(found).toEqual([]);
  });
});
