// @vitest-environment happy-dom
/**
 * The checker opened from a link someone else wrote: nothing of the link's own text reaches the page (a fake notice
 * in the site's look would be a phishing page), unknown keys are counted, bad answers are named by their questions,
 * and the parameters WeChat adds to a shared link are passed over without a notice.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { checkerPage } from './checker-page';
import { profileQuestionLabels } from '../../src/rules';
import { HOSTILE_MARKERS, HOSTILE_TEXTS, hostileCheckerQuery } from '../hostile-link';

const open = checkerPage();

describe('政策匹配 from a hostile link', () => {
  it('shows none of the link’s text: unknown keys counted, bad answers named by their labels', async () => {
    const { container } = open(hostileCheckerQuery());
    await waitFor(() => expect(container.querySelector('[data-group]')).not.toBeNull());
    const notice = container.querySelector('.check-notice')?.textContent ?? '';
    // five hostile keys and five x0…x4 keys; WeChat's from and isappinstalled are not counted
    expect(notice).toContain(`链接中有 ${HOSTILE_TEXTS.length * 2} 项无法识别的内容，已忽略`);
    for (const field of ['leadingEnterprise', 'newStudios', 'wages', 'asOf'] as const) {
      expect(notice).toContain(`“${profileQuestionLabels[field]}”`);
      expect(notice).not.toContain(field);
    }
    const text = document.body.textContent ?? '';
    for (const marker of HOSTILE_MARKERS) expect(text).not.toContain(marker);
    expect(container.querySelector('.check-notice img, .check-notice b')).toBeNull();
  });

  it('a link shared through WeChat opens without a notice', async () => {
    const { container } = open(
      '?kind=person&skillLevel=technician&step=result&from=singlemessage&isappinstalled=0&nsukey=abc&scene=1&clicktime=1&enterid=1&utm_source=x&spm=a.b',
    );
    await waitFor(() => expect(container.querySelector('[data-group]')).not.toBeNull());
    expect(container.querySelector('.check-notice')).toBeNull();
  });
});
