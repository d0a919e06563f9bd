/**
 * /batch/'s Web Worker: reads the list (Papa Parse, SheetJS: imported here on first use), evaluates every row with the
 * rules module and keeps the rows, so that a correction is evaluated again and the exports are written here, off the
 * page's thread. Nothing is sent anywhere: the only messages go to the page that started it.
 */
import { localToday } from '../dates';
import { LISTS } from './columns';
import { benefitTotals, evaluateRow, listCounts, type RowResult } from './evaluate-row';
import { aboutSheet, resultsSheet, templateCsv, templateSheets, toCsv, toXlsx, totalsSheet } from './export';
import type { FromWorker, ToWorker } from './protocol';
import { readDelimited, readFile, type ReadResult } from './read-input';
import { readTable, type SourceRow } from './table';

/** Rows evaluated between two messages to the page: small enough for progress, large enough to be cheap. */
const CHUNK = 500;

interface State {
  rows: RowResult[];
  sources: SourceRow[];
  skipped: { empty: number; header: number; note: number };
  asOf: string;
}
let state: State | undefined;
/** Bumped by every new list and by 取消: a run whose number is no longer current stops at its next chunk. */
let run = 0;

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

async function evaluateList(read: ReadResult, asOf: string, id: number) {
  if (!read.ok) return post({ type: 'refused', message: read.message });
  const t = readTable(read.grid);
  if (!t.ok) return post({ type: 'refused', message: t.message });
  const { table } = t;
  state = { rows: [], sources: table.rows, skipped: table.skipped, asOf };
  const s = state;
  post({
    type: 'started',
    total: table.rows.length,
    columns: table.columns.map((c) => c.label),
    ignoredHeadings: table.ignoredHeadings,
    encoding: read.encoding,
    headerLine: table.headerLine,
    asOf,
  });
  for (let start = 0; start < table.rows.length; start += CHUNK) {
    // let a 取消 message in between chunks
    await new Promise((r) => setTimeout(r, 0));
    if (id !== run)
      return post({
        type: 'finished',
        counts: listCounts(s.rows, s.skipped),
        totals: benefitTotals(s.rows),
        cancelled: true,
      });
    const chunk = table.rows.slice(start, start + CHUNK).map((row, k) => evaluateRow(start + k, row, asOf));
    s.rows.push(...chunk);
    post({ type: 'rows', rows: chunk, done: s.rows.length, total: table.rows.length });
  }
  post({ type: 'finished', counts: listCounts(s.rows, s.skipped), totals: benefitTotals(s.rows), cancelled: false });
}

function fix(index: number, key: string, value: string) {
  const s = state;
  const source = s?.sources[index];
  if (s === undefined || source === undefined || index >= s.rows.length) return;
  const cells = { ...source.cells };
  if (value.trim() === '') delete cells[key as keyof typeof cells];
  else cells[key as keyof typeof cells] = value;
  s.sources[index] = { line: source.line, cells };
  const row = evaluateRow(index, s.sources[index], s.asOf);
  s.rows[index] = row;
  post({ type: 'fixed', row, counts: listCounts(s.rows, s.skipped), totals: benefitTotals(s.rows) });
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_MIME = 'text/csv;charset=utf-8';

async function fileOut(name: string, format: 'csv' | 'xlsx', make: () => string | Promise<Uint8Array>) {
  const out = await make();
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  post({ type: 'file-out', name: `${name}.${format}`, mime: format === 'csv' ? CSV_MIME : XLSX_MIME, bytes: buffer }, [
    buffer,
  ]);
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  switch (m.type) {
    case 'file': {
      const id = ++run;
      void readFile(m.name, new Uint8Array(m.bytes)).then((r) => evaluateList(r, localToday(), id));
      break;
    }
    case 'paste': {
      const id = ++run;
      void readDelimited(m.text).then((r) => evaluateList(r, localToday(), id));
      break;
    }
    case 'cancel':
      run++;
      break;
    case 'fix':
      fix(m.index, m.key, m.value);
      break;
    case 'template': {
      const name = `${LISTS[m.list].label}名单模板`;
      const { data, notes } = templateSheets(m.list);
      void fileOut(name, m.format, () => (m.format === 'csv' ? templateCsv(m.list) : toXlsx([data, notes])));
      break;
    }
    case 'export': {
      const s = state;
      if (s === undefined) break;
      const counts = listCounts(s.rows, s.skipped);
      const context = { ...m.context, asOf: s.asOf };
      const sheets = [resultsSheet(s.rows, context), totalsSheet(benefitTotals(s.rows), counts), aboutSheet(context)];
      void fileOut(`批量测算结果-${s.asOf}`, m.format, () =>
        m.format === 'csv' ? toCsv(sheets[0]!.rows) : toXlsx(sheets),
      );
      break;
    }
  }
};
