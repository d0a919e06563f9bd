/**
 * 一图读懂's picture (src/pages/tu/index.astro) comes in two PNGs, and each screen gets the one its width and density
 * call for: the browser's own choice from srcset and sizes, read back as the image's currentSrc, and the only one of
 * the two it downloads.
 */
import { describe, expect, it } from 'vitest';
import { useSite, withCleanPage } from './harness';

const site = useSite();

/** The file the browser chose for the picture, once it has loaded. */
const chosen = (options: { viewport: { width: number; height: number }; deviceScaleFactor: number }) =>
  withCleanPage(site(), '/tu/', options, async (page) => {
    const img = page.locator('.tu-figure img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    return img.evaluate((el: HTMLImageElement) => ({
      file: new URL(el.currentSrc).pathname,
      // what the page downloaded of the picture: the chosen file alone
      fetched: performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/tu/yitu')),
    }));
  });

describe('/tu/: the picture in the size the screen needs', () => {
  it('a phone of 412 px at 1.75 device pixels (Lighthouse’s) gets the 720 px PNG', async () => {
    expect(await chosen({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 })).toEqual({
      file: '/tu/yitu-phone.png',
      fetched: ['/tu/yitu-phone.png'],
    });
  });

  it('a phone of 360 px at 3 device pixels gets the 1080 px PNG', async () => {
    expect(await chosen({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 3 })).toEqual({
      file: '/tu/yitu.png',
      fetched: ['/tu/yitu.png'],
    });
  });
});
