/**
 * The built /check/ opened from a hostile link: none of the link's own text (a fake notice with a phone number,
 * HTML, bidi marks, 2,000 characters; as keys and as values) appears on the page or in its title, unknown keys are
 * counted, and the parameters WeChat adds to a shared link raise no notice.
 */
import { describe, expect, it } from 'vitest';
import { profileQuestionLabels } from '../../src/rules';
import { HOSTILE_MARKERS, HOSTILE_TEXTS, hostileCheckerQuery } from '../hostile-link';
import { useSite, waitForIslands, withCleanPage } from './harness';

const site = useSite();

describe('/check/ from a hostile link', () => {
  it('shows none of the link’s text; counts what it could not read and names bad answers by their labels', async () => {
    await withCleanPage(site(), `/check/${hostileCheckerQuery()}`, {}, async (page) => {
      await waitForIslands(page);
      await page.locator('main [data-group]').first().waitFor();
      const notice = await page.locator('main .check-notice').innerText();
      expect(notice).toContain(`链接中有 ${HOSTILE_TEXTS.length * 2} 项无法识别的内容，已忽略`);
      expect(notice).toContain(`“${profileQuestionLabels.leadingEnterprise}”`);
      expect(notice).not.toMatch(/leadingEnterprise|asOf|newStudios|wages/);
      const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
      for (const marker of HOSTILE_MARKERS) expect(text).not.toContain(marker);
      expect(await page.locator('main img').count()).toBe(0);
    });
  });

  it('a result shared through WeChat (from, isappinstalled…) opens without a notice', async () => {
    await withCleanPage(
      site(),
      '/check/?kind=person&skillLevel=technician&step=result&from=singlemessage&isappinstalled=0&nsukey=x&utm_source=wechat',
      {},
      async (page) => {
        await waitForIslands(page);
        await page.locator('main [data-group]').first().waitFor();
        expect(await page.locator('main .check-notice').count()).toBe(0);
      },
    );
  });
});
