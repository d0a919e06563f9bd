/**
 * 表格 → 名单: a grid of cells (from CSV, pasted cells or an XLSX sheet) → the header's columns and the rows, with
 * nothing lost: a row is either a person (kept whatever its values) or skipped and counted (empty, a repeated header,
 * a note line starting with #). Row numbers are the grid's, as Excel and WPS number the rows of the sheet.
 */
import { columnForHeading, normaliseHeading, type Column } from './columns';
import { NO_HEADER_MESSAGE } from './limits';

/** One person row as read: its row number in the sheet and its cells by column key (as written). */
export interface SourceRow {
  line: number;
  cells: Partial<Record<Column['key'], string>>;
}

export interface ReadTable {
  /** The recognised columns, in the sheet's order. */
  columns: Column[];
  /** Headings not recognised (ignored), as written. */
  ignoredHeadings: string[];
  /** The row number of the header. */
  headerLine: number;
  rows: SourceRow[];
  skipped: { empty: number; header: number; note: number };
}

const cellText = (c: unknown): string => (c === undefined || c === null ? '' : String(c));
const isEmptyRow = (row: readonly unknown[]) => row.every((c) => cellText(c).trim() === '');
const isNote = (row: readonly unknown[]) => /^\s*#/.test(cellText(row[0]));

/** How many cells of a row are headings of known columns. */
const headingCount = (row: readonly unknown[]) => row.filter((c) => columnForHeading(cellText(c)) !== undefined).length;

/** Rows looked at for the header (notes and blank rows before it are skipped). */
const HEADER_SEARCH_ROWS = 30;

export function readTable(
  grid: readonly (readonly unknown[])[],
): { ok: true; table: ReadTable } | { ok: false; message: string } {
  let headerIndex = -1;
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
    const row = grid[i] ?? [];
    if (isEmptyRow(row) || isNote(row)) continue;
    if (headingCount(row) > 0) headerIndex = i;
    break;
  }
  if (headerIndex < 0) return { ok: false, message: NO_HEADER_MESSAGE };
  const header = grid[headerIndex] ?? [];
  const columns: Column[] = [];
  const positions: number[] = [];
  const ignoredHeadings: string[] = [];
  header.forEach((cell, i) => {
    const c = columnForHeading(cellText(cell));
    if (c !== undefined && !columns.includes(c)) {
      columns.push(c);
      positions.push(i);
    } else if (cellText(cell).trim() !== '') ignoredHeadings.push(cellText(cell).trim());
  });
  const headerKey = header.map((c) => normaliseHeading(cellText(c))).join('\t');
  const rows: SourceRow[] = [];
  const skipped = { empty: 0, header: 0, note: 0 };
  // blank rows after the last person are the sheet's end, not rows of the list
  let end = grid.length;
  while (end > headerIndex + 1 && isEmptyRow(grid[end - 1] ?? [])) end--;
  for (let i = headerIndex + 1; i < end; i++) {
    const row = grid[i] ?? [];
    if (isEmptyRow(row)) skipped.empty++;
    else if (isNote(row)) skipped.note++;
    else if (
      row.map((c) => normaliseHeading(cellText(c))).join('\t') === headerKey ||
      headingCount(row) >= Math.max(2, Math.ceil(columns.length / 2))
    )
      skipped.header++;
    else {
      const cells: SourceRow['cells'] = {};
      columns.forEach((c, k) => {
        const text = cellText(row[positions[k] ?? -1]);
        if (text.trim() !== '') cells[c.key] = text;
      });
      rows.push({ line: i + 1, cells });
    }
  }
  return { ok: true, table: { columns, ignoredHeadings, headerLine: headerIndex + 1, rows, skipped } };
}
