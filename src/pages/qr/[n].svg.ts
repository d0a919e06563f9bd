/**
 * /qr/N.svg: a QR code of article N's absolute URL, for posters and WeChat (SVG, generated at build time). Only in a
 * build with SITE_URL: a QR code is read by another device, so it needs the public address; a preview build does not
 * know it (and the address it is served at, such as 127.0.0.1, means nothing on a phone), so it has no QR codes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { officialArticles } from '../../lib/document';
import { articlePath } from '../../rules';

export const getStaticPaths = (() =>
  import.meta.env.SITE
    ? officialArticles.map((a) => ({ params: { n: String(a.number) } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  if (!site) return new Response(null, { status: 404 });
  const url = new URL(articlePath(Number(params.n)), site).href;
  // error correction M survives a slightly damaged print; a 4-module quiet zone as the standard asks
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
