/**
 * 导出: results, totals and templates as sheets (arrays of rows), then as CSV (UTF-8 with a BOM, which Excel needs to
 * read Chinese) or XLSX (SheetJS, imported here on the first download, inside the worker). Every text cell that a
 * spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) is written with a leading
 * apostrophe, the form Excel and WPS show as text (CSV injection).
 */
import { COLUMNS, LISTS, PERSON_BENEFITS, RULES_JSON_VERSION, benefitStatusLabels, type ListKind } from './columns';
import type { BenefitTotal, ListCounts, RowResult } from './evaluate-row';

export type Cell = string | number;
export type Sheet = { name: string; rows: Cell[][] };

/** A text cell a spreadsheet could read as a formula → the same text, shown as text. Numbers stay numbers. */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const STATUS_OF: Record<string, string> = {
  e: benefitStatusLabels.eligible,
  c: benefitStatusLabels['needs-confirmation'],
  x: benefitStatusLabels['not-eligible'],
};

/** Where the results and the page are: the checker's link for a row, given the site's origin. */
export interface ExportContext {
  /** The page's origin (https://…), so that a link in the file opens the checker. */
  origin: string;
  /** The date results were computed for (YYYY-MM-DD). */
  asOf: string;
  /** The site's version and build day. */
  siteVersion: string;
  buildDate: string;
  list: ListKind;
}

/** The results sheet: one row per person row of the list, errors included, in the list's order. */
export function resultsSheet(rows: readonly RowResult[], ctx: ExportContext): Sheet {
  const columns = LISTS[ctx.list].columns.filter((c) => c.key !== 'name' && c.key !== 'group');
  const head: Cell[] = [
    '行号',
    '姓名',
    ...(ctx.list === 'students' ? ['班级'] : []),
    '可以享受（项）',
    '还需确认（项）',
    '暂不符合（项）',
    '确定的金额（元）',
    '待确认的金额（元）',
    '最早可申报技师的日期（第十一条）',
    ...PERSON_BENEFITS.map((b) => `${b.title}（第${b.article}条）`),
    '填写有误',
    ...columns.map((c) => c.label),
    '在政策匹配中查看',
  ];
  const body = rows.map((r): Cell[] => [
    r.line,
    r.name,
    ...(ctx.list === 'students' ? [r.group] : []),
    ...(r.errors.length > 0
      ? ['', '', '', '', '']
      : [r.counts[0], r.counts[1], r.counts[2], r.certainYuan, r.confirmYuan]),
    r.technicianDate ?? '',
    ...PERSON_BENEFITS.map((_, i) => (r.verdicts === '' ? '' : (STATUS_OF[r.verdicts[i] ?? ''] ?? ''))),
    r.errors.map((e) => `${e.column}：${e.message}`).join('；'),
    ...columns.map((c) => r.cells[c.key] ?? ''),
    r.checkQuery === '' ? '' : `${ctx.origin}/check/?${r.checkQuery}`,
  ]);
  return { name: '测算结果', rows: [head, ...body] };
}

/** The totals sheet: the counts, then per benefit the rows in each verdict and the money. */
export function totalsSheet(totals: readonly BenefitTotal[], counts: ListCounts): Sheet {
  return {
    name: '汇总',
    rows: [
      ['读取行数', counts.read],
      ['已测算', counts.evaluated],
      ['填写有误（未测算）', counts.withErrors],
      ['跳过（空行、重复表头、说明行）', counts.skipped],
      [],
      ['待遇', '条', '可以享受（人）', '还需确认（人）', '暂不符合（人）', '确定的金额（元）', '待确认的金额（元）'],
      ...totals.map((t): Cell[] => [
        t.title,
        `第${t.article}条`,
        t.eligible,
        t.needsConfirmation,
        t.notEligible,
        t.certainYuan,
        t.confirmYuan,
      ]),
    ],
  };
}

/** The third sheet: which rules and which day the results are for. */
export function aboutSheet(ctx: ExportContext): Sheet {
  return {
    name: '规则版本',
    rows: [
      ['政策', '《许昌市加强高技能人才队伍建设实施办法》（许人社办〔2022〕28号）'],
      ['测算日期', ctx.asOf],
      ['规则版本', `rules.json 第${RULES_JSON_VERSION}版，网站版本 ${ctx.siteVersion}（${ctx.buildDate} 构建）`],
      ['说明', '本表由网页在您的浏览器中计算，名单没有上传。结果是依据办法原文的测算，以主管部门的认定为准。'],
    ],
  };
}

/** A template: the list's headings, one example row; notes (说明) per column. */
export function templateSheets(list: ListKind): { data: Sheet; notes: Sheet } {
  const columns = LISTS[list].columns;
  return {
    data: { name: `${LISTS[list].label}名单`, rows: [columns.map((c) => c.label), columns.map((c) => c.example)] },
    notes: {
      name: '说明',
      rows: [['列名', '可填写的内容'], ...columns.map((c) => [c.label, c.accepted])],
    },
  };
}

const csvCell = (cell: Cell): string => {
  const s = String(neutralise(cell));
  return /[",\n\r]/.test(s) || s.startsWith("'") ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows → CSV text with a UTF-8 BOM and CRLF line ends (as Excel writes). `notes` go first as # lines. */
export function toCsv(rows: readonly Cell[][], notes: readonly string[] = []): string {
  const lines = [...notes.map((n) => csvCell(`# ${n}`)), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A template as CSV: the 说明 as comment lines (# …), which /batch/ skips when the file comes back. */
export function templateCsv(list: ListKind): string {
  const { data, notes } = templateSheets(list);
  const comments = notes.rows.slice(1).map(([label, accepted]) => `${label}：${accepted}`);
  return toCsv(data.rows, [`${LISTS[list].label}名单模板：以 # 开头的行是说明，读取时跳过，可以删除。`, ...comments]);
}

/** Sheets → an .xlsx file's bytes. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map(neutralise)));
    XLSX.utils.book_append_sheet(book, ws, s.name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** Every column a list file may carry (for the page's 说明 of accepted columns). */
export const ALL_COLUMNS = COLUMNS;
