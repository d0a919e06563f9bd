/**
 * The A4 poster (issue 18) on paper: printed by Chromium to a PDF of A4 size (and of A3) it is one page, and its QR
 * code to the checker is at least 30 mm wide in print media on an A4-wide page.
 */
import { describe, expect, it } from 'vitest';
import { parameters } from '../../src/rules';
import { expectCleanLogs, openPage, useSite, type PageLog } from './harness';

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
      const qr = await page.locator('svg[data-qr]').boundingBox();
      expect(qr?.width ?? 0).toBeGreaterThanOrEqual(mm(30));
      const poster = await page.locator('.poster').innerText();
      expect(poster).toContain('扫码查看');
      expect(poster).toContain('/check/');
      // the headline amounts, as the parameters declare them (4,000 元 … 10 万元)
      for (const p of [parameters.technicianTrainingSubsidy, parameters.seniorTechnicianTrainingSubsidy, parameters.masterStudioGrant]) {
        const shown = poster.replace(/[\s,]/g, '');
        expect(shown.includes(`${p.value}元`) || shown.includes(`${p.value / 10_000}万元`), `${p.id}`).toBe(true);
      }
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
