/**
 * Shared checks for the accessibility, security and robustness tests: axe-core run inside the page (under the site's
 * own CSP: the source goes in through the DevTools protocol, not a <script> tag), CSP violation capture, the reading
 * modes, and a wait that lets islands hydrate (client:visible ones need the page scrolled).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA (SPEC §7). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page as it is now; returns the violations, each with the offending nodes' selectors. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const json: string = await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA_TAGS)} }, resultTypes: ['violations'] });
    return JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : '')) })));
  })()`);
  return JSON.parse(json) as AxeViolation[];
}

/** Records every Content-Security-Policy violation the page reports (window.__cspViolations). Call before goto. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber);
    });
  `);
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations ?? []');
}

/** Turns the reading modes on for every page of this context before it loads, as a saved choice would. */
export async function presetReadingModes(context: BrowserContext, modes: { large?: boolean; contrast?: boolean }): Promise<void> {
  await context.addInitScript(`
    ${modes.large ? "localStorage.setItem('reading-large', '1');" : ''}
    ${modes.contrast ? "localStorage.setItem('reading-contrast', '1');" : ''}
  `);
}

/** Scrolls through the page so client:visible islands hydrate, then waits until no island is left unhydrated. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const step = Math.max(200, window.innerHeight - 100);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    window.scrollTo(0, 0);
  })()`);
  // a function, not a string: Playwright polls a string predicate with eval, which the site's CSP forbids
  await page.waitForFunction(() => Array.from(document.querySelectorAll('astro-island')).every((i) => !i.hasAttribute('ssr')), undefined, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}
