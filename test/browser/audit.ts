/**
 * Shared checks for the accessibility, security and robustness tests: axe-core run inside the page (under the site's
 * own CSP: the source goes in through the DevTools protocol, not a <script> tag), CSP violation capture, the reading
 * modes, and a wait until the islands have hydrated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA (README.md, Tests). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now; returns the violations, each with the offending nodes' selectors. `rules`
 * limits the run to those rules (e.g. the ones a change of styles can affect).
 */
export async function runAxe(page: Page, rules?: readonly string[]): Promise<AxeViolation[]> {
  // once per document: compiling axe's source is the slowest part of a run
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_AA_TAGS };
  // What content-visibility: auto has not drawn yet (global.css: the worked examples' bodies) is drawn first. Chromium
  // places undrawn content inside its placeholder, over what comes after it, so axe would measure targets that no
  // reader meets: one who scrolls there finds it drawn.
  await page.evaluate(`document.querySelectorAll('*').forEach((el) => {
    if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  })`);
  const json: string = await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { runOnly: ${JSON.stringify(runOnly)}, resultTypes: ['violations'] });
    return JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : '')) })));
  })()`);
  return JSON.parse(json) as AxeViolation[];
}

/** The axe rules whose outcome a change of colours, sizes or spacing (大字, 高对比) can change. */
export const STYLE_RULES = ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', 'target-size'];

/**
 * Records every Content-Security-Policy violation the page reports (window.__cspViolations), as an init script: for a
 * context (`recordCspViolations`, before goto) or a shared page (harness.ts, `useSharedPages`).
 */
export const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber);
  });
`;

/** Records every Content-Security-Policy violation the page reports (window.__cspViolations). Call before goto. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORD_CSP_VIOLATIONS);
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate('window.__cspViolations ?? []');
}

/** An init script that turns the reading modes on before a page loads, as a saved choice would. */
export const readingModesScript = (modes: { large?: boolean; contrast?: boolean }): string => `
    ${modes.large ? "localStorage.setItem('reading-large', '1');" : ''}
    ${modes.contrast ? "localStorage.setItem('reading-contrast', '1');" : ''}
  `;

/** Turns the reading modes on for every page of this context before it loads, as a saved choice would. */
export async function presetReadingModes(
  context: BrowserContext,
  modes: { large?: boolean; contrast?: boolean },
): Promise<void> {
  await context.addInitScript(readingModesScript(modes));
}

/** Waits until every island on the page has hydrated and two frames have been drawn (harness.ts). */
export { waitForIslands as settle } from './harness';

/** Visible text elements whose line height is under 1.3 × their font size (or "normal"). */
export const SHORT_LINE_HEIGHTS = `(() => {
  const bad = [];
  for (const el of document.body.querySelectorAll('*')) {
    const hasText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!hasText) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') continue;
    const ratio = s.lineHeight === 'normal' ? NaN : parseFloat(s.lineHeight) / parseFloat(s.fontSize);
    if (!(ratio >= 1.295)) bad.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' line-height ' + s.lineHeight + ' / ' + s.fontSize);
  }
  return Array.from(new Set(bad));
})()`;

/**
 * Visible controls smaller than `min` × `min` CSS px (44 in the normal look, 60 with 大字). Links inside
 * running text are exempt (WCAG 2.5.8's inline exception); a radio or checkbox counts with its label.
 */
export const tapTargetsUnder = (min: number): string => `(() => {
  const min = ${min} - 0.5;
  const bad = [];
  const controls = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]');
  for (const el of controls) {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none') continue;
    if (el.tagName === 'A' && s.display === 'inline') continue;
    let r = el.getBoundingClientRect();
    if ((el.type === 'radio' || el.type === 'checkbox') && el.labels && el.labels[0]) {
      const l = el.labels[0].getBoundingClientRect();
      r = { width: Math.max(l.width, r.width), height: Math.max(l.height, r.height), right: l.right, bottom: l.bottom };
    }
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.bottom <= 0) continue;
    if (r.width < min || r.height < min) bad.push((el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')) + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 20) + '" ' + Math.round(r.width) + '×' + Math.round(r.height));
  }
  return bad;
})()`;
