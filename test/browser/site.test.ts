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
});
