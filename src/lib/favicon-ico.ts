/**
 * /favicon.ico, derived from the site's icon (public/favicon.svg) when the site is built: browsers and some
 * messengers ask for /favicon.ico whatever the page links. PNG images inside an ICO container (Windows Vista on,
 * every current browser), so the icon is drawn once, by resvg, at each size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The icon the pages link (Head.astro), read from the project root as the build runs there. */
export const FAVICON_SVG = join(process.cwd(), 'public', 'favicon.svg');

/** The sizes in the file: the tab (16, 32) and a desktop shortcut (48). */
export const FAVICON_SIZES = [16, 32, 48] as const;

/** The icon drawn as a PNG, size × size. */
export function renderIconPng(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * PNG images → one ICO file: a 6-byte header (reserved 0, type 1 = icon, count), a 16-byte entry per image (width,
 * height, 0 colours, reserved, 1 plane, 32 bits, byte length, offset; 256 is written as 0), then the images.
 */
export function pngsToIco(images: readonly { size: number; png: Uint8Array }[]): Uint8Array {
  const headerLength = 6 + 16 * images.length;
  const total = headerLength + images.reduce((n, i) => n + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true);
  view.setUint16(2, 1, true);
  view.setUint16(4, images.length, true);
  let offset = headerLength;
  images.forEach((image, i) => {
    const entry = 6 + 16 * i;
    view.setUint8(entry, image.size >= 256 ? 0 : image.size);
    view.setUint8(entry + 1, image.size >= 256 ? 0 : image.size);
    view.setUint8(entry + 2, 0);
    view.setUint8(entry + 3, 0);
    view.setUint16(entry + 4, 1, true);
    view.setUint16(entry + 6, 32, true);
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}

/** The site's favicon.ico: the icon at every size of FAVICON_SIZES. */
export function faviconIco(svg: string = readFileSync(FAVICON_SVG, 'utf8')): Uint8Array {
  return pngsToIco(FAVICON_SIZES.map((size) => ({ size, png: renderIconPng(svg, size) })));
}
