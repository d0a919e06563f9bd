/**
 * /batch/'s files out: CSV in UTF-8 with a BOM, XLSX with three sheets, templates from the field declarations, and
 * no cell that Excel or WPS would run as a formula (CSV injection).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import {
  aboutSheet,
  neutralise,
  resultsSheet,
  templateCsv,
  templateSheets,
  toCsv,
  toXlsx,
  totalsSheet,
  type ExportContext,
} from '../../../src/widgets/batch/export';
import { benefitTotals, evaluateRow, listCounts } from '../../../src/widgets/batch/evaluate-row';
import { readFile } from '../../../src/widgets/batch/read-input';
import { readTable } from '../../../src/widgets/batch/table';

const ctx: ExportContext = {
  origin: 'https://example.org',
  asOf: '2026-12-07',
  siteVersion: '0.2.0',
  buildDate: '2026-12-07',
  list: 'staff',
};

describe('formula injection', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","点我")'])(
    '%j is written as text',
    (cell) => {
      expect(neutralise(cell)).toBe(`'${cell}`);
    },
  );

  it('ordinary text and numbers are left as they are', () => {
    expect(neutralise('张三')).toBe('张三');
    expect(neutralise('2024-05-10')).toBe('2024-05-10');
    expect(neutralise(-5)).toBe(-5);
  });

  const hostile = evaluateRow(
    0,
    { line: 2, cells: { name: '=HYPERLINK("http://x","点我")', skillLevel: '高级工' } },
    '2026-12-07',
  );

  it('in the CSV, a hostile name starts with an apostrophe inside quotes', () => {
    const csv = toCsv(resultsSheet([hostile], ctx).rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('in the XLSX, it is a text cell and no formula', async () => {
    const bytes = await toXlsx([resultsSheet([hostile], ctx)]);
    const book = XLSX.read(bytes, { type: 'array' });
    const ws = book.Sheets[book.SheetNames[0]!]!;
    const cells = Object.entries(ws).filter(([k]) => !k.startsWith('!'));
    expect(cells.filter(([, c]) => (c as XLSX.CellObject).f !== undefined)).toEqual([]);
    expect(ws['B2']?.v).toBe(`'=HYPERLINK("http://x","点我")`);
  });
});

describe('results out', () => {
  const rows = [
    evaluateRow(0, { line: 2, cells: { name: '李强', trainingProject: '经技师项目新培养为技师' } }, '2026-12-07'),
    evaluateRow(1, { line: 3, cells: { name: '赵敏', skillLevel: '七级' } }, '2026-12-07'),
  ];

  it('XLSX has the results, the totals and the rules’ version and date, and reads back', async () => {
    const counts = listCounts(rows, { empty: 1, header: 0, note: 0 });
    const bytes = await toXlsx([resultsSheet(rows, ctx), totalsSheet(benefitTotals(rows), counts), aboutSheet(ctx)]);
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['测算结果', '汇总', '规则版本']);
    const results = XLSX.utils.sheet_to_json<string[]>(book.Sheets['测算结果']!, { header: 1 });
    expect(results).toHaveLength(3);
    expect(results[1]?.[1]).toBe('李强');
    expect(String(results[2]?.find((c) => String(c).includes('当前职业技能等级')))).toContain('请从列出的选项中选择');
    const totals = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets['汇总']!, { header: 1 });
    expect(totals.slice(0, 4).map((r) => r[1])).toEqual([3, 1, 1, 1]);
    const subsidy = totals.find((r) => String(r[0]).includes('技师项目') && r[1] === '第6条' && r[3] === 1);
    expect(subsidy?.[6]).toBe(4000);
    const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets['规则版本']!, { header: 1 });
    expect(about.find((r) => r[0] === '测算日期')?.[1]).toBe('2026-12-07');
  });

  it('the results link each evaluated row to the checker at the page’s origin', () => {
    const sheet = resultsSheet(rows, ctx);
    const link = sheet.rows[1]?.at(-1);
    expect(String(link)).toMatch(/^https:\/\/example\.org\/check\/\?kind=person&.*step=result$/);
    expect(sheet.rows[2]?.at(-1)).toBe('');
  });
});

describe('templates', () => {
  it('the CSV template has comment lines, the headings and one example row, and reads back as one person', async () => {
    const csv = templateCsv('students');
    expect(csv.startsWith('\uFEFF# ')).toBe(true);
    const r = await readFile('t.csv', new TextEncoder().encode(csv));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = readTable(r.grid);
    expect(t.ok && t.table.columns.map((c) => c.label)).toEqual([
      '姓名',
      '班级',
      '当前职业技能等级',
      '学历或在读情况',
      '取得高级工（三级）证书的日期',
    ]);
    expect(t.ok && t.table.rows).toHaveLength(1);
    const row = t.ok ? evaluateRow(0, t.table.rows[0]!, '2026-12-07') : undefined;
    expect(row?.errors).toEqual([]);
  });

  it('the XLSX template has the list and a 说明 sheet naming each column’s accepted answers', async () => {
    const { data, notes } = templateSheets('trainees');
    const book = XLSX.read(await toXlsx([data, notes]), { type: 'array' });
    expect(book.SheetNames).toEqual(['培训学员名单', '说明']);
    const n = XLSX.utils.sheet_to_json<string[]>(book.Sheets['说明']!, { header: 1 });
    expect(n.find((r) => r[0] === '技师项目培养情况')?.[1]).toContain('经技师项目新培养为高级技师');
  });
});
