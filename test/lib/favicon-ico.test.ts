/**
 * /favicon.ico (src/lib/favicon-ico.ts): an ICO file read back by its own layout, independently of the writer:
 * the header says icon with three images, each entry's size, offset and length frame a PNG whose own header
 * (IHDR) has that width and height, drawn from public/favicon.svg.
 */
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZES, faviconIco } from '../../src/lib/favicon-ico';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('favicon.ico', () => {
  it('is an ICO of PNG images at 16, 32 and 48 px, each where its entry says', () => {
    const ico = faviconIco();
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
    expect(view.getUint16(0, true)).toBe(0);
    expect(view.getUint16(2, true)).toBe(1);
    expect(view.getUint16(4, true)).toBe(FAVICON_SIZES.length);
    let end = 6 + 16 * FAVICON_SIZES.length;
    for (const [i, size] of [16, 32, 48].entries()) {
      const entry = 6 + 16 * i;
      expect([view.getUint8(entry), view.getUint8(entry + 1)]).toEqual([size, size]);
      expect(view.getUint16(entry + 4, true)).toBe(1);
      expect(view.getUint16(entry + 6, true)).toBe(32);
      const length = view.getUint32(entry + 8, true);
      const offset = view.getUint32(entry + 12, true);
      expect(offset).toBe(end);
      end = offset + length;
      expect([...ico.subarray(offset, offset + 8)]).toEqual(PNG_SIGNATURE);
      // IHDR: width and height, big-endian, at bytes 16 and 20 of the PNG
      const png = new DataView(ico.buffer, ico.byteOffset + offset, length);
      expect([png.getUint32(16), png.getUint32(20)]).toEqual([size, size]);
    }
    expect(end).toBe(ico.length);
  });

  it('draws the site’s icon: its blue fills the corner-free middle of the 32 px image', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const ico = faviconIco();
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
    const length = view.getUint32(6 + 16 + 8, true);
    const offset = view.getUint32(6 + 16 + 12, true);
    // decode the PNG by wrapping it in an SVG image and rendering that (resvg reads PNG)
    const dataUrl = `data:image/png;base64,${Buffer.from(ico.subarray(offset, offset + length)).toString('base64')}`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><image href="${dataUrl}" width="32" height="32"/></svg>`;
    const pixels = new Resvg(svg).render().pixels;
    // pixel (16, 3): inside the rounded square, above the glyph: #0b4f8a
    const at = (x: number, y: number) => [...pixels.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 3)];
    expect(at(16, 3)).toEqual([0x0b, 0x4f, 0x8a]);
  });
});
