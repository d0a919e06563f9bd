/** /batch/'s input: encodings, pasted cells, XLSX, the limits, and hostile files, read into a list. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { readDelimited, readFile } from '../../../src/widgets/batch/read-input';
import { readTable } from '../../../src/widgets/batch/table';
import {
  BAD_XLSX_MESSAGE,
  MAX_FILE_BYTES,
  TOO_BIG_MESSAGE,
  TOO_MANY_ROWS_MESSAGE,
  UNKNOWN_TYPE_MESSAGE,
} from '../../../src/widgets/batch/limits';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const CSV = '姓名,当前职业技能等级\r\n张三,高级工\r\n李四,技师（二级）\r\n';

async function grid(name: string, bytes: Uint8Array) {
  const r = await readFile(name, bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('encodings', () => {
  it('GB18030 (as Excel in Chinese saves CSV, no BOM) is detected and read', async () => {
    const r = await grid('名单.csv', fixture('staff-gb18030.csv'));
    expect(r.encoding).toBe('gb18030');
    expect(r.grid[0]?.[0]).toBe('职工姓名');
    expect(r.grid[2]).toEqual([
      '李强',
      '高级工',
      '经技师项目新培养为技师',
      '是',
      '2024年5月10日',
      '技工院校预备技师班、技师班在读学生',
    ]);
  });

  it('UTF-8 with and without a BOM give the same cells, without the BOM in the first heading', async () => {
    const plain = await grid('a.csv', utf8(CSV));
    const bom = await grid('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]));
    expect(plain.encoding).toBe('utf-8');
    expect(bom.grid).toEqual(plain.grid);
    expect(bom.grid[0]?.[0]).toBe('姓名');
  });
});

describe('pasted cells', () => {
  it('tab-separated text from Excel or WPS is split on tabs, commas kept in cells', async () => {
    const r = await readDelimited('姓名\t获得的荣誉或竞赛奖项\n张三\t中原技能大奖,许昌大工匠\n');
    expect(r.ok && r.grid[1]).toEqual(['张三', '中原技能大奖,许昌大工匠']);
  });
});

describe('XLSX', () => {
  it('the first sheet is read; a date cell comes as the date shown', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['姓名', '取得高级工（三级）证书的日期'],
      ['张三', new Date(2024, 4, 10)],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, '名单');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = await grid('名单.xlsx', bytes);
    expect(r.grid[1]).toEqual(['张三', '2024-05-10']);
  });

  it.each([
    ['not a ZIP at all', utf8('姓名,等级\n张三,高级工\n')],
    ['a ZIP header and garbage', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)])],
  ])('a malformed .xlsx (%s) gets a message, not a crash', async (_, bytes) => {
    expect(await readFile('坏.xlsx', bytes)).toEqual({ ok: false, message: BAD_XLSX_MESSAGE });
  });

  it('a truncated .xlsx gets the message', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['姓名'], ['张三']]), 'a');
    const whole = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(await readFile('半.xlsx', whole.slice(0, Math.floor(whole.length / 2)))).toEqual({
      ok: false,
      message: BAD_XLSX_MESSAGE,
    });
  });
});

describe('limits, before parsing', () => {
  it('a file over 20 MB is refused', async () => {
    expect(await readFile('大.csv', new Uint8Array(MAX_FILE_BYTES + 1))).toEqual({
      ok: false,
      message: TOO_BIG_MESSAGE,
    });
  });

  it('over 200,000 rows is refused; 200,000 rows and a header are read', async () => {
    const rows = (n: number) => `姓名\n${'张三\n'.repeat(n)}`;
    expect(await readDelimited(rows(200_001))).toEqual({ ok: false, message: TOO_MANY_ROWS_MESSAGE });
    const ok = await readDelimited(rows(200_000));
    expect(ok.ok).toBe(true);
  });

  it('a file of another type is refused', async () => {
    expect(await readFile('名单.pdf', utf8('%PDF'))).toEqual({ ok: false, message: UNKNOWN_TYPE_MESSAGE });
  });
});

describe('the list in the sheet', () => {
  it('repeated headers and empty rows are skipped and counted; blank rows at the end are the sheet’s end', async () => {
    const r = await grid('名单.csv', fixture('staff-gb18030.csv'));
    const t = readTable(r.grid);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.table.rows.map((x) => [x.line, x.cells.name])).toEqual([
      [2, '王芳'],
      [3, '李强'],
      [6, '赵敏'],
    ]);
    expect(t.table.skipped).toEqual({ empty: 1, header: 1, note: 0 });
    expect(t.table.headerLine).toBe(1);
  });

  it('note lines (#) before the header and unknown columns are reported, not read as people', () => {
    const t = readTable([['# 说明'], [], ['序号', '姓名', '备注'], ['1', '张三', '']]);
    expect(t.ok && t.table.ignoredHeadings).toEqual(['序号', '备注']);
    expect(t.ok && t.table.rows).toEqual([{ line: 4, cells: { name: '张三' } }]);
  });

  it('a sheet without a known heading gets a message', () => {
    expect(
      readTable([
        ['a', 'b'],
        ['1', '2'],
      ]).ok,
    ).toBe(false);
  });
});
