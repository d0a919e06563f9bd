/**
 * Navigation in the browser: an article anchor scrolls its article into view; an unknown URL answers 404 with the
 * 404 page. (What pages say in their markup is read from dist/ in test/site/pages.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { expectClean, openPage, useSite } from './harness';

const site = useSite();

describe('navigation', () => {
  it('a link to an article anchor scrolls it into view', async () => {
    const opened = await openPage(site());
    try {
      await opened.page.goto(`${site().origin}/measure/#art-13`);
      const top: number = await opened.page.evaluate(`document.getElementById('art-13').getBoundingClientRect().top`);
      expect(Math.abs(top)).toBeLessThan(50);
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('an unknown URL answers 404 with the 404 page', async () => {
    const opened = await openPage(site());
    opened.log.expectedStatus = 404;
    try {
      const response = await opened.page.goto(`${site().origin}/no-such-page/`);
      expect(response?.status()).toBe(404);
      expect(await opened.page.textContent('h1')).toBe('页面不存在');
      expectClean(opened.log);
    } finally {
      await opened.close();
    }
  });

  it('the clean-page check itself catches a console error, a failed request and a dialog', async () => {
    const opened = await openPage(site());
    try {
      await opened.page.goto(`${site().origin}/measure/2/`);
      expect(() => expectClean(opened.log)).not.toThrow();
      await opened.page.evaluate(`(async () => {
        console.error('planted');
        await fetch('/no-such-file.js').catch(() => undefined);
        alert('planted');
      })()`);
      expect(() => expectClean(opened.log)).toThrow();
      expect(opened.log.consoleProblems.some((m) => m.includes('planted'))).toBe(true);
      expect(opened.log.failedRequests.some((m) => m.includes('/no-such-file.js answered 404'))).toBe(true);
      expect(opened.log.dialogs).toEqual(['alert: planted']);
    } finally {
      await opened.close();
    }
  });
});
