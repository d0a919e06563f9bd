/**
 * The 一图读懂 files, made once per build: the SVG (tu-picture.ts, words as <text>) and its PNG. resvg sets <text>
 * slowly (seconds per hundred Chinese characters here) and satori took over ten seconds for the picture's lines, so the
 * PNG is drawn from the picture's shapes plus its text lines as glyph outlines (text-outlines.ts, the bundled Noto Sans
 * SC): the same lines at the same places. The QR code points at the checker on the site's own address.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import QRCode from 'qrcode';
import { outlineRuns } from './text-outlines';
import { tuFacts } from './tu-facts';
import { tuPicture, type QrMatrix, type TuPicture } from './tu-picture';
import { siteName } from './site';

const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'tu');

/** Where the QR codes of /tu/ and /tu/poster/ point. */
export const CHECK_PATH = '/check/';

/**
 * The checker's absolute URL on `site` (Astro's `site`, from SITE_URL), the way /qr/N.svg builds its URLs; null when
 * the build has no site address (then the picture and the poster print no QR code).
 */
export function checkUrl(site: URL | undefined): URL | null {
  return site ? new URL(CHECK_PATH, site) : null;
}

/** The QR code of `url` as a module matrix (error correction M survives a slightly damaged print). */
export function qrMatrix(url: string): QrMatrix {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.get(x, y) === 1 };
}

/** The address printed under a QR code: the URL without its scheme. */
export const printedAddress = (url: URL): string => url.href.replace(/^https?:\/\//, '');

/**
 * The width of the PNG a phone is sent (tuPaths.phonePng): a 412 px screen at 1.75 device pixels a CSS pixel shows the
 * picture about 660 px wide, so the full 1080 px file is more than a third of its bytes for nothing there.
 */
export const PHONE_PNG_WIDTH = 720;

export interface TuFiles extends TuPicture {
  /** the PNG at the picture's own width (1080 px): the download, and the image on wide or dense screens */
  png: Uint8Array<ArrayBuffer>;
  /** the PNG at PHONE_PNG_WIDTH */
  phonePng: Uint8Array<ArrayBuffer>;
}

const cache = new Map<string, Promise<TuFiles>>();

/** The picture as SVG and PNG for the site at `site`; made once per build and shared by the routes that serve it. */
export function tuFiles(site: URL | undefined): Promise<TuFiles> {
  const key = site?.href ?? '';
  let files = cache.get(key);
  if (!files) {
    files = renderTu(site);
    cache.set(key, files);
  }
  return files;
}

/** The picture with the site's facts and QR code. */
export function tuSvg(site: URL | undefined): TuPicture {
  const url = checkUrl(site);
  return tuPicture({
    facts: tuFacts(),
    check: url ? { qr: qrMatrix(url.href), address: printedAddress(url) } : null,
    siteName,
  });
}

/** Colours of the PNG: the site's few colours and their anti-aliasing steps fit in a palette of 16 (checked by eye). */
const PNG_COLOURS = 16;

/**
 * The PNG of a picture: its shapes and its words as outlines, rasterised by resvg and reduced to a palette. Cached on
 * disk by the SVG's hash (as Astro caches its images), so a build with an unchanged picture does not draw it again.
 */
async function renderPng(picture: TuPicture, width: number): Promise<Uint8Array<ArrayBuffer>> {
  const hash = createHash('sha256').update(picture.svg).update(`${PNG_COLOURS} ${width}`).digest('hex').slice(0, 16);
  const cached = join(CACHE_DIR, `tu-${hash}.png`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const outlined = `${picture.shapes}${await outlineRuns(picture.runs)}</svg>`;
  const rgba = new Resvg(outlined, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  const png = await sharp(rgba)
    .png({ palette: true, colours: PNG_COLOURS, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return new Uint8Array(png);
}

async function renderTu(site: URL | undefined): Promise<TuFiles> {
  const picture = tuSvg(site);
  const [png, phonePng] = await Promise.all([renderPng(picture, picture.width), renderPng(picture, PHONE_PNG_WIDTH)]);
  return { ...picture, png, phonePng };
}
