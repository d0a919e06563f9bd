/**
 * 读取名单: a file's bytes or pasted text → a grid of cells, with the limits checked before any parsing. Papa Parse
 * (CSV, tab-separated cells) and SheetJS (XLSX) are imported here, on the first file or paste, inside the worker:
 * no page loads them with itself.
 */
import { decodeText, type TextEncodingName } from './decode';
import {
  BAD_XLSX_MESSAGE,
  MAX_FILE_BYTES,
  MAX_ROWS,
  TOO_BIG_MESSAGE,
  TOO_MANY_ROWS_MESSAGE,
  UNKNOWN_TYPE_MESSAGE,
} from './limits';

export type Grid = string[][];
export type ReadResult =
  { ok: true; grid: Grid; encoding: TextEncodingName | 'xlsx'; sheetName?: string } | { ok: false; message: string };

/** Lines, counted before parsing (a CSV row is at least one line; a last line break ends a line). */
function lineCount(text: string): number {
  let n = text.endsWith('\n') ? 0 : 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** CSV or pasted cells → a grid. Tab-separated when the text has a tab (what Excel and WPS put on the clipboard). */
export async function readDelimited(text: string): Promise<ReadResult> {
  if (lineCount(text) > MAX_ROWS + 1) return { ok: false, message: TOO_MANY_ROWS_MESSAGE };
  const { default: Papa } = await import('papaparse');
  const nl = text.indexOf('\n');
  const firstLine = nl < 0 ? text : text.slice(0, nl);
  const delimiter = firstLine.includes('\t') ? '\t' : '';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return { ok: true, grid: parsed.data, encoding: 'utf-8' };
}

/** The ZIP signature every .xlsx starts with (SheetJS would otherwise read any bytes as text). */
const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** An .xlsx file's first sheet → a grid; dates as 2024-05-10, numbers as written. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  if (!isZip(bytes)) return { ok: false, message: BAD_XLSX_MESSAGE };
  const XLSX = await import('@e965/xlsx');
  let book;
  try {
    book = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true, sheetRows: MAX_ROWS + 2 });
  } catch {
    return { ok: false, message: BAD_XLSX_MESSAGE };
  }
  const name = book.SheetNames[0];
  const sheet = name === undefined ? undefined : book.Sheets[name];
  if (sheet === undefined) return { ok: false, message: BAD_XLSX_MESSAGE };
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  if (range.e.r - range.s.r + 1 > MAX_ROWS + 1) return { ok: false, message: TOO_MANY_ROWS_MESSAGE };
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true });
  const grid = rows.map((row) => row.map(cellString));
  return { ok: true, grid, encoding: 'xlsx', sheetName: name ?? '' };
}

/** A cell's value as the parsers read text: a date cell → 2024-05-10 (the date as shown in the sheet). */
function cellString(v: unknown): string {
  if (v instanceof Date) {
    // SheetJS gives a date cell as local midnight of the sheet's day
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v === null || v === undefined ? '' : String(v);
}

/** A chosen file → a grid: .csv (UTF-8 or GB18030) or .xlsx; too big or of another type is refused first. */
export async function readFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, message: TOO_BIG_MESSAGE };
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) {
    const { text, encoding } = decodeText(bytes);
    const r = await readDelimited(text);
    return r.ok ? { ...r, encoding } : r;
  }
  return { ok: false, message: UNKNOWN_TYPE_MESSAGE };
}
