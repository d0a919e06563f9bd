/**
 * The page's fonts: the stylesheet names only generic families (global.css, --font-sans and --font-serif), and with
 * <html lang="zh-CN"> the browser draws them in its platform's Simplified Chinese faces. Here (Linux, fonts-noto-cjk,
 * as in .ci/run) that is Noto Sans CJK SC and Noto Serif CJK SC; "Drawn in" is Chromium's own answer
 * (CSS.getPlatformFontsForNode: the faces that drew a node's text, with how many glyphs each).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withCleanPage } from './harness';

const site = useSite();
const PHONE = { viewport: { width: 360, height: 740 } };

/** The PostScript names of the faces that drew each selector's first element's own text. */
async function facesOf(page: Page, selectors: readonly string[]): Promise<Record<string, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const faces: Record<string, string[]> = {};
  for (const selector of selectors) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`${selector} is not on the page`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    faces[selector] = fonts.filter((f) => f.glyphCount > 0).map((f) => f.postScriptName);
  }
  await cdp.detach();
  return faces;
}

/** Every font-family value in use in the page's body (the head's elements are never drawn). */
const familiesInUse = (page: Page) =>
  page.evaluate(() => [
    ...new Set([document.body, ...document.body.querySelectorAll('*')].map((el) => getComputedStyle(el).fontFamily)),
  ]);

describe('text is drawn in the Simplified Chinese system faces', () => {
  it('/measure/2/ at 360 px: the explanation, the headings and the controls in the sans face; the official text in the serif face', async () => {
    await withCleanPage(site(), '/measure/2/', PHONE, async (page) => {
      const faces = await facesOf(page, [
        'main h1',
        '.interpretation p',
        '.official-body p',
        '.site-name span',
        '[data-reading-toggle="large"]',
      ]);
      expect(faces).toEqual({
        'main h1': ['NotoSansCJKsc-Bold'],
        '.interpretation p': ['NotoSansCJKsc-Regular'],
        '.official-body p': ['NotoSerifCJKsc-Regular'],
        '.site-name span': ['NotoSansCJKsc-Bold'],
        '[data-reading-toggle="large"]': ['NotoSansCJKsc-Regular'],
      });
    });
  });

  it('/measure/6/: digits, amounts and signs in the calculator are drawn by the same face as the words around them', async () => {
    await withCleanPage(site(), '/measure/6/', PHONE, async (page) => {
      const faces = await facesOf(page, ['.calc-breakdown .calc-formula', '.calc-breakdown th[scope="row"]']);
      expect(faces).toEqual({
        '.calc-breakdown .calc-formula': ['NotoSansCJKsc-Regular'],
        '.calc-breakdown th[scope="row"]': ['NotoSansCJKsc-Bold'],
      });
    });
  });

  it("pages name only generic families: each platform picks its own face, and a reader's default font applies", async () => {
    for (const path of ['/', '/measure/6/', '/check/', '/search/', '/about/']) {
      await withCleanPage(site(), path, PHONE, async (page) => {
        const families = await familiesInUse(page);
        expect(families, path).toContain('sans-serif');
        for (const family of families) expect(family, path).toMatch(/^(sans-serif|serif|monospace)$/);
      });
    }
  });
});
