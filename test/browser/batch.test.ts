/**
 * 批量测算 /batch/ on the built site, used as an HR office would: a GB18030 CSV chosen, the results and counts, a bad
 * value corrected in place, filters, the downloads read back, a pasted table, a malformed XLSX, 取消 on a long list,
 * and the page's network log: after the file is chosen, nothing but the page's own script chunks is requested
 * (under the page's CSP, connect-src 'self'). Screenshots of the results at 1280 and 360 px go to $BATCH_SHOTS if set.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { Page, Request } from 'playwright-core';
import { expectClean, useSharedPages, useSite, waitForIslands } from './harness';
import { cspViolations, RECORD_CSP_VIOLATIONS, readingModesScript, runAxe } from './audit';

const site = useSite();
// one tab for each width and look, reset between tests (harness.ts), instead of a fresh context a test
const sharedPage = useSharedPages(site);
const fixture = join(import.meta.dirname, '..', 'widgets', 'batch', 'fixtures', 'staff-gb18030.csv');
const shots = process.env['BATCH_SHOTS'];

/** /batch/ opened and hydrated, at `width` px, with 大字 + 高对比 when `large`; `onRequest` hears its every request. */
async function open(width = 1280, large = false, onRequest?: (r: Request) => void) {
  const tab = await sharedPage({ viewport: { width, height: 900 }, acceptDownloads: true }, [
    RECORD_CSP_VIOLATIONS,
    ...(large ? [readingModesScript({ large: true, contrast: true })] : []),
  ]);
  if (onRequest) tab.page.on('request', onRequest);
  await tab.page.goto(`${site().origin}/batch/`);
  await waitForIslands(tab.page);
  return tab;
}

const counts = (page: Page) => page.locator('[data-counts]').innerText();

async function chooseFixture(page: Page) {
  await page.locator('#batch-file').setInputFiles(fixture);
  await page.locator('[data-counts]').waitFor();
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  // the browser may run elsewhere (global-setup.ts connects to it): saveAs copies the file here
  const path = join(shots ?? mkdtempSync(join(tmpdir(), 'batch-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('/batch/ with a list from an office', () => {
  it('reads a GB18030 CSV, shows one row per person, keeps the bad row and corrects it in place', async () => {
    const requests: string[] = [];
    const record = (r: Request) => requests.push(r.url());
    const { page, log } = await open(1280, false, record);
    const before = requests.length;
    await chooseFixture(page);
    expect((await counts(page)).replace(/\s+/g, '')).toBe(
      '共读取5行：已测算2行，填写有误1行，跳过2行（空行1、重复的表头1、说明行0）。',
    );
    const rows = page.locator('.batch-table tbody tr');
    expect(await rows.count()).toBe(3);
    const liQiang = page.locator('.batch-table tr[data-line="3"]');
    expect(await liQiang.innerText()).toContain('2026年5月11日');
    expect(await liQiang.innerText()).toContain('4,000元');
    const link = await liQiang.getByRole('link').getAttribute('href');
    expect(link).toMatch(/^\/check\/\?kind=person&.*trainingProject=new-technician.*&step=result$/);

    // the bad date of 赵敏 (row 6), named with its row and column, corrected here
    const fix = page.locator('.batch-errors li[data-line="6"]');
    expect(await fix.innerText()).toContain('第6行（赵敏）“取得高级工（三级）证书的日期”');
    await fix.locator('input').fill('2024/12/1');
    await fix.getByRole('button', { name: '重新测算这一行' }).click();
    await expect.poll(() => counts(page)).toContain('已测算 3 行');
    expect(await page.locator('.batch-errors').count()).toBe(0);

    // filters: 新培养技师's subsidy, 还需确认 → 李强 only
    await page.getByLabel('待遇', { exact: true }).selectOption({ label: '新培养技师 技师项目培训补贴（第6条）' });
    await page.getByLabel('结果', { exact: true }).selectOption({ label: '还需确认' });
    await expect.poll(() => page.locator('.batch-table tbody tr').count()).toBe(1);
    expect(await page.locator('.batch-table tbody tr').innerText()).toContain('李强');

    if (shots) await page.screenshot({ path: join(shots, 'batch-1280.png'), fullPage: true });
    expect(await runAxe(page)).toEqual([]);

    // nothing left the page but its own script chunks (the widget, the worker, the parser) after the file was chosen
    const after = requests.slice(before).filter((u) => !/\/_astro\/[\w.~-]+\.js$/.test(new URL(u).pathname));
    expect(after).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expectClean(log);
    page.off('request', record);
  });

  it('a row is corrected with the keyboard alone: Tab reaches its field, then its button, and Enter evaluates it again', async () => {
    const { page, log } = await open();
    await chooseFixture(page);
    const fix = page.locator('.batch-errors li[data-line="6"]');
    const input = fix.locator('input');
    // from the top of the page, Tab only, until the field of 赵敏's bad date has the focus (bounded)
    await page.locator('body').evaluate((b) => (b as HTMLElement).focus());
    let reached = false;
    for (let i = 0; i < 300 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await input.evaluate((e) => e === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2024/12/1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('重新测算这一行');
    await page.keyboard.press('Enter');
    await expect.poll(() => counts(page)).toContain('已测算 3 行');
    expect(await page.locator('.batch-errors').count()).toBe(0);
    expectClean(log);
  });

  it('downloads the results as XLSX (three sheets) and CSV (UTF-8 with a BOM), and templates that read back', async () => {
    const { page, log } = await open();
    await chooseFixture(page);
    const xlsx = await downloaded(page, '下载结果（XLSX）');
    const book = XLSX.read(xlsx.bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['测算结果', '汇总', '规则版本']);
    const results = XLSX.utils.sheet_to_json<string[]>(book.Sheets['测算结果']!, { header: 1 });
    expect(results.map((r) => r[1])).toEqual(['姓名', '王芳', '李强', '赵敏']);
    const csv = await downloaded(page, '下载结果（CSV）');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toContain('李强');

    await page.getByLabel(/^在校生/).check();
    const template = await downloaded(page, '下载在校生模板（XLSX）');
    const t = XLSX.read(template.bytes, { type: 'buffer' });
    expect(t.SheetNames).toEqual(['在校生名单', '说明']);
    // the template, filled as it is, is a list of one
    await page.locator('#batch-file').setInputFiles({
      name: template.name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: template.bytes,
    });
    await expect.poll(() => counts(page)).toContain('共读取 1 行：已测算 1 行');
    expectClean(log);
  });

  it('reads a table pasted from Excel (tab-separated)', async () => {
    const { page, log } = await open();
    await page.getByLabel(/或者粘贴表格/).fill('姓名\t技师项目培养情况\n甲\t经技师项目新培养为高级技师\n乙\t无\n');
    await page.getByRole('button', { name: '测算粘贴的名单' }).click();
    await expect.poll(() => counts(page)).toContain('共读取 2 行：已测算 2 行');
    expect(await page.locator('.batch-totals').innerText()).toContain('5,000元');
    expectClean(log);
  });

  it('a malformed XLSX gets a message, and 取消 stops a long list with counts that add up', async () => {
    const { page, log } = await open();
    await page.locator('#batch-file').setInputFiles({
      name: '坏.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(100).fill(1)]),
    });
    expect(await page.getByRole('alert').innerText()).toContain('无法读取这个 XLSX 文件');

    // over 20 MB: refused before it is read. The file is made in the page and given to the field as a chosen file
    // is (its files, then input and change, as setInputFiles does): 20 MB sent from here over the DevTools protocol
    // took most of this test's time
    await page.locator('#batch-file').evaluate((input: HTMLInputElement) => {
      const chosen = new DataTransfer();
      chosen.items.add(new File([new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41)], '大.csv', { type: 'text/csv' }));
      input.files = chosen.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('文件超过 20 MB');

    // 60,000 people with different certificate dates: long enough to be cancelled on the way
    const lines = ['姓名,取得高级工（三级）证书的日期,当前职业技能等级'];
    for (let i = 0; i < 60_000; i++) lines.push(`人${i},${2000 + (i % 24)}-${1 + (i % 12)}-${1 + (i % 28)},高级工`);
    await page
      .locator('#batch-file')
      .setInputFiles({ name: '大.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByRole('button', { name: '取消' }).click();
    await page.locator('[data-counts]').waitFor();
    expect(await page.locator('.batch-counts').innerText()).toContain('已取消');
    const text = (await counts(page)).replace(/\s+/g, '');
    const [read, evaluated, errors, skipped] = [...text.matchAll(/(\d+)行/g)].map((m) => Number(m[1]));
    expect(read).toBeLessThan(60_000);
    expect(evaluated! + errors! + skipped!).toBe(read);
    expectClean(log);
  });

  it('takes a file dropped on the page, before and after its code has arrived', async () => {
    const { page, log } = await open();
    const drop = async (csv: string) => {
      const dataTransfer = await page.evaluateHandle((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], '名单.csv', { type: 'text/csv' }));
        return dt;
      }, csv);
      await page.dispatchEvent('.batch-drop', 'drop', { dataTransfer });
    };
    // the first move is the drop itself: the loader holds the file until the widget has arrived
    await drop('姓名,当前职业技能等级\n张三,高级工\n');
    await expect.poll(() => counts(page)).toContain('共读取 1 行：已测算 1 行');
    await drop('姓名,当前职业技能等级\n张三,高级工\n李四,技师\n');
    await expect.poll(() => counts(page)).toContain('共读取 2 行：已测算 2 行');
    expectClean(log);
  });

  it.each([
    ['', false],
    [' with 大字 + 高对比', true],
  ])('at 360 px%s the results are cards: nothing scrolls sideways', async (_, large) => {
    const { page, log } = await open(360, large);
    await chooseFixture(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await page.screenshot({ path: join(shots, `batch-360${large ? '-large' : ''}.png`), fullPage: true });
    expect(await runAxe(page)).toEqual([]);
    expectClean(log);
  });

  it('prints the totals, not the forms and the rows', async () => {
    const { page, log } = await open();
    await chooseFixture(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.batch-totals table').isVisible()).toBe(true);
    expect(await page.locator('.batch-print-only').innerText()).toMatch(
      /^测算日期：\d{4}年\d{1,2}月\d{1,2}日。已测算 2 人/,
    );
    for (const hidden of ['.batch-input', '.batch-results', '.batch-errors', '.batch-actions'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expectClean(log);
  });
});
