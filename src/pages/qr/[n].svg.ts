/** /qr/N.svg: a QR code of article N's absolute URL, for posters and WeChat (SVG, generated at build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { officialArticles } from '../../lib/document';
import { articlePath } from '../../lib/articles';

export const getStaticPaths = (() => officialArticles.map((a) => ({ params: { n: String(a.number) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const url = new URL(articlePath(Number(params.n)), site).href;
  // error correction M survives a slightly damaged print; a 4-module quiet zone as the standard asks
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
