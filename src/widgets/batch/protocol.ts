/** The messages between /batch/'s page and its worker (batch-worker.ts). Plain data: structured-cloned. */
import type { ListKind } from './columns';
import type { BenefitTotal, ListCounts, RowResult } from './evaluate-row';
import type { ExportContext } from './export';

export type ToWorker =
  | { type: 'file'; name: string; bytes: ArrayBuffer }
  | { type: 'paste'; text: string }
  | { type: 'fix'; index: number; key: string; value: string }
  | { type: 'cancel' }
  | { type: 'template'; list: ListKind; format: 'csv' | 'xlsx' }
  | { type: 'export'; format: 'csv' | 'xlsx'; context: Omit<ExportContext, 'asOf'> };

export type FromWorker =
  | { type: 'refused'; message: string }
  | {
      type: 'started';
      total: number;
      columns: string[];
      ignoredHeadings: string[];
      encoding: string;
      headerLine: number;
      /** The visitor's date the results are for (YYYY-MM-DD). */
      asOf: string;
    }
  | { type: 'rows'; rows: RowResult[]; done: number; total: number }
  | { type: 'finished'; counts: ListCounts; totals: BenefitTotal[]; cancelled: boolean }
  | { type: 'fixed'; row: RowResult; counts: ListCounts; totals: BenefitTotal[] }
  | { type: 'file-out'; name: string; mime: string; bytes: ArrayBuffer };
