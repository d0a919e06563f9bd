// A wait shared by the bench (scripts/bench.ts) and scripts/search-trace.ts.
import type { Page } from 'playwright-core';

/**
 * Until no request of the page has been in flight for 500 ms, from now: Playwright's 'networkidle' load state is
 * reached once per navigation, so waiting for it again after a click or a focus returns at once, while the files that
 * the click or focus asked for are still coming.
 */
export async function networkQuiet(page: Page, quietMs = 500): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const started = () => ((inFlight += 1), (last = Date.now()));
  const ended = () => ((inFlight -= 1), (last = Date.now()));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    // a request the focus or click started may still be on its way to the page's events
    await page.waitForTimeout(50);
    while (inFlight > 0 || Date.now() - last < quietMs) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
