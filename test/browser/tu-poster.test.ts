/**
 * The A4 poster on paper: printed by Chromium to a PDF of A4 size (and of A3) it is one page, and its QR
 * code to the checker is at least 30 mm wide in print media on an A4-wide page. A QR code needs the public address
 * (SITE_URL): a preview build (npm test builds one) prints the poster with the checker's path and no code.
 * To check the QR code, build with SITE_URL=https://… and run this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parameters } from '../../src/rules';
import { distDir, expectCleanLogs, openPage, useSite, type PageLog } from './harness';

/** The public address the site was built for (scripts/build.mjs writes it; empty in a preview build). */
const builtFor = readFileSync(join(distDir, '.build-site'), 'utf8').trim();

/** Millimetres in CSS px (96 px per inch, 25.4 mm per inch). */
const mm = (n: number): number => (n * 96) / 25.4;
/** The viewport of an A4 page: the poster is laid out in units of the paper's width. */
const A4 = { width: Math.round(mm(210)), height: Math.round(mm(297)) };

/** The pages of a PDF, counted by its page objects (/Type /Page, not /Pages). */
const pdfPages = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('/tu/poster/', () => {
  const site = useSite();
  const logs: PageLog[] = [];

  it('prints on one A4 page (and on one A3 page) with a QR code at least 30 mm wide, the call to scan and the headline amounts', async () => {
    const { page, log, close } = await openPage(site(), { viewport: A4 });
    logs.push(log);
    try {
      await page.goto(`${site().origin}/tu/poster/`);
      await page.emulateMedia({ media: 'print' });
      const poster = await page.locator('.poster').innerText();
      if (builtFor) {
        const qr = await page.locator('svg[data-qr]').boundingBox();
        expect(qr?.width ?? 0).toBeGreaterThanOrEqual(mm(30));
        expect(poster).toContain('扫码查看');
        expect(poster).toContain(`${new URL('/check/', builtFor).href.replace(/^https?:\/\//, '')}`);
      } else {
        expect(await page.locator('svg[data-qr]').count(), 'a QR code without the public address').toBe(0);
        expect(poster).toContain('/check/');
        expect(poster, 'a call to scan with nothing to scan').not.toContain('扫码');
      }
      // the headline amounts, as the parameters declare them (4,000 元 … 10 万元)
      for (const p of [
        parameters.technicianTrainingSubsidy,
        parameters.seniorTechnicianTrainingSubsidy,
        parameters.masterStudioGrant,
      ]) {
        const shown = poster.replace(/[\s,]/g, '');
        expect(shown.includes(`${p.value}元`) || shown.includes(`${p.value / 10_000}万元`), `${p.id}`).toBe(true);
      }
      // nothing is cut off by the sheet: every amount with its who-words, the scan box and the foot lie inside it
      const boxes = (await page.evaluate(`(() => {
        const r = (el) => { const b = el.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom)]; };
        const q = (s) => document.querySelector(s);
        return {
          sheet: r(q('.poster')),
          amounts: [...document.querySelectorAll('.poster-amounts li')].map(r),
          who: [...document.querySelectorAll('.poster-amounts .poster-who')].length,
          scan: r(q('.poster-scan')),
          call: r(q('.poster-scan-text')),
          qr: q('svg[data-qr]') ? r(q('svg[data-qr]')) : null,
          foot: r(q('.poster-foot')),
        };
      })()`)) as Record<'sheet' | 'scan' | 'call' | 'foot', [number, number]> & {
        amounts: [number, number][];
        who: number;
        qr: [number, number] | null;
      };
      expect(boxes.who).toBe(boxes.amounts.length);
      for (const [, bottom] of boxes.amounts) expect(bottom).toBeLessThanOrEqual(boxes.scan[0]);
      expect(boxes.call[0]).toBeGreaterThanOrEqual(boxes.scan[0]);
      expect(boxes.call[1]).toBeLessThanOrEqual(boxes.scan[1]);
      if (boxes.qr) expect(boxes.qr[0]).toBeGreaterThanOrEqual(boxes.scan[0]);
      if (boxes.qr) expect(boxes.qr[1]).toBeLessThanOrEqual(boxes.scan[1]);
      expect(boxes.scan[1]).toBeLessThanOrEqual(boxes.foot[0]);
      expect(boxes.foot[1]).toBeLessThanOrEqual(boxes.sheet[1]);
      expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
      expect(pdfPages(await page.pdf({ format: 'A3', printBackground: true }))).toBe(1);
    } finally {
      await close();
    }
  });

  it('no console error, no page error, no request left the local server', () => {
    expectCleanLogs(logs);
  });
});
