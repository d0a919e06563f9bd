/**
 * A result kept: its link copied, and its printout carrying that link and, when the build knows the public address
 * (SITE_URL), a QR code of it. Shared by every page that keeps a result in its URL (the calculators through
 * calculator-link.ts, the checker through Checker.tsx). No Preact: plain DOM, loaded on first use.
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
 * A QR code of `url` as an SVG element, drawn module by module (no markup string is parsed). The qrcode library is
 * imported here, when a printout asks for it, so no page loads it before 打印 is pressed. Only for a public address:
 * a QR code is read by another device, where 127.0.0.1 means nothing. Error correction M, as src/lib/tu-image.ts.
 */
export async function qrCode(document: Document, url: string): Promise<SVGSVGElement> {
  const { default: QRCode } = await import('qrcode');
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  // a quiet zone of one module on each side
  svg.setAttribute('viewBox', `-1 -1 ${size + 2} ${size + 2}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', '结果链接的二维码');
  const path = document.createElementNS(ns, 'path');
  let d = '';
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (modules.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
