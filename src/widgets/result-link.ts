/**
 * A result kept: its link copied, and its printout carrying that link and, when the build knows the public address
 * (SITE_URL), a QR code of it. Shared by every page that keeps a result in its URL (the calculators through
 * calculator-link.ts; the checker's 复制结果链接 does the same). No Preact: plain DOM, loaded on first use.
 */

/** What a copy button says after it was pressed (the checker's words). */
export const COPY_WORDS = { copied: '✓ 链接已复制', failed: '无法自动复制，请复制地址栏中的网址' } as const;

/** Copies `href` (this page's address, its answers included) to the clipboard. */
export async function copyLink(href: string = window.location.href): Promise<keyof typeof COPY_WORDS> {
  try {
    await navigator.clipboard.writeText(href);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/**
 * The address a printout carries: at the public origin when the build knows it (`site`, from SITE_URL), else at the
 * origin the page is open at; with the page's path and query (the answers), without its fragment.
 */
export function resultLink(site: string | undefined, location: Pick<Location, 'origin' | 'pathname' | 'search'>) {
  return `${site || location.origin}${location.pathname}${location.search}`;
}

/**
 * An SVG QR code of `url`. The qrcode library is imported here, when a printout asks for it, so no page loads it
 * before 打印 is pressed. Only for a public address: a QR code is read by another device, where 127.0.0.1 means nothing.
 */
export async function qrSvg(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
