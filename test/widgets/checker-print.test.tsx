// @vitest-environment happy-dom
/**
 * The checker's result kept as the calculators keep theirs (src/widgets/result-link.ts): 复制结果链接 copies the
 * address with the answers; the printout carries the link at the public address (SITE_URL) and its QR code, or, in a
 * preview build, the link at the page's own origin and no QR code.
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import QRCode from 'qrcode';
import { checkerPage } from './checker-page';

const open = checkerPage();
const QUERY = '?kind=organisation&organisationType=enterprise&newStudios=2&step=result';

function stubPrint() {
  const print = vi.fn();
  Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
  return print;
}

describe('the checker’s 复制结果链接 and 打印', () => {
  it('copies the address with the answers, and says so; says where to copy from when the clipboard refuses', async () => {
    const { container } = open(QUERY);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByText('复制结果链接'));
    await vi.waitFor(() => expect(container.querySelector('.check-actions .copied')?.textContent).toBe('✓ 链接已复制'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/check/${QUERY}`);
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    fireEvent.click(screen.getByText('复制结果链接'));
    await vi.waitFor(() =>
      expect(container.querySelector('.check-actions .copied')?.textContent).toBe('无法自动复制，请复制地址栏中的网址'),
    );
  });

  it('with a public address (SITE_URL): the printout carries the link at that address and its QR code', async () => {
    const { container } = open(QUERY, { site: 'https://example.gov.cn' });
    const print = stubPrint();
    fireEvent.click(screen.getByText('打印'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const link = `https://example.gov.cn/check/${QUERY}`;
    expect(container.querySelector('.check-printed-link')?.textContent).toBe(`结果链接：${link}`);
    // the QR code is of that link: one square per dark module of the library's code for it
    const dark = Array.from(QRCode.create(link, { errorCorrectionLevel: 'M' }).modules.data).filter((m) => m === 1);
    const d = container.querySelector('.calc-printed-qr svg path')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)?.length).toBe(dark.length);
  });

  it('without one (a preview build): the link at the page’s own origin, and no QR code', async () => {
    const { container } = open(QUERY);
    const print = stubPrint();
    fireEvent.click(screen.getByText('打印'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(container.querySelector('.check-printed-link')?.textContent).toBe(
      `结果链接：${window.location.origin}/check/${QUERY}`,
    );
    expect(container.querySelector('.calc-printed-qr svg')).toBeNull();
  });
});
