/**
 * 逐行测算: one person row → its result, by the checker's own evaluateAnswers() (the rules' field parsers and the
 * same walk as evaluate()), and the totals per benefit. Nothing here decides eligibility: the row only counts what the
 * rules returned. Money is whole yuan from the rules (amountYuan), summed as integers.
 */
import {
  evaluateAnswers,
  profileFromSearchParams,
  profileToSearchParams,
  summariseResult,
  technicianApplicationDate,
  type BenefitResult,
} from '../../rules/index';
import { COLUMNS, PERSON_BENEFITS, type Column } from './columns';
import { cellToAnswer } from './columns';
import type { SourceRow } from './table';

/** A benefit's verdict in a row: e 可以享受, c 还需确认, x 暂不符合 (one letter per benefit of PERSON_BENEFITS). */
export type VerdictCode = 'e' | 'c' | 'x';
const CODE: Record<BenefitResult['status'], VerdictCode> = {
  eligible: 'e',
  'needs-confirmation': 'c',
  'not-eligible': 'x',
};

/** A value the checker's parsers refused, with where it is and what is accepted. */
export interface CellError {
  key: Column['key'];
  column: string;
  message: string;
  accepted: string;
}

export interface RowResult {
  /** Position in the list (0-based); `line` is the sheet's row number. */
  index: number;
  line: number;
  name: string;
  group: string;
  /** The cells as written, by column key (kept for correction and export). */
  cells: SourceRow['cells'];
  /** Empty when the row was evaluated. */
  errors: CellError[];
  /** 可以享受 / 还需确认 / 暂不符合 counts (0s for a row with errors). */
  counts: [number, number, number];
  /** Money certain (可以享受) and to confirm (还需确认), whole yuan. */
  certainYuan: number;
  confirmYuan: number;
  /** 第十一条: the earliest 技师申报 date (ISO) where the route applies and the certificate date is known. */
  technicianDate: string | null;
  /** One VerdictCode per benefit of PERSON_BENEFITS ('' for a row with errors). */
  verdicts: string;
  /** Amount per benefit (index in PERSON_BENEFITS → yuan) where the rules give one. */
  amounts: Record<number, number>;
  /** The /check/ query that opens this person's result ('' for a row with errors). */
  checkQuery: string;
}

const BENEFIT_INDEX = new Map<string, number>(PERSON_BENEFITS.map((b, i) => [b.id, i]));
const COLUMN_BY_KEY = new Map<string, Column>(COLUMNS.map((c) => [c.key, c]));
const TECHNICIAN_ROUTE = 'technician-evaluation';

/** A row's cells → the checker's raw answers (a person profile for `asOf`). */
export function rowAnswers(cells: SourceRow['cells'], asOf: string): Record<string, unknown> {
  const answers: Record<string, unknown> = { kind: 'person', asOf };
  for (const [key, text] of Object.entries(cells)) {
    const column = COLUMN_BY_KEY.get(key);
    if (column === undefined || key === 'name' || key === 'group' || text === undefined) continue;
    const a = cellToAnswer(column, text);
    if (a !== undefined) answers[key] = a;
  }
  return answers;
}

/** What a row's result depends on: its answers. Rows with the same answers have the same result (the rules are pure). */
type Outcome = Omit<RowResult, 'index' | 'line' | 'name' | 'group' | 'cells'>;
/**
 * Results by answers, for the rows of one list: an office's list repeats the same answers often (the same level,
 * class and project), and evaluate() walks every benefit with its worked arithmetic each time. Bounded.
 */
const memo = new Map<string, Outcome>();
const MEMO_LIMIT = 50_000;

export function evaluateRow(index: number, row: SourceRow, asOf: string): RowResult {
  const base = {
    index,
    line: row.line,
    name: (row.cells.name ?? '').trim(),
    group: (row.cells.group ?? '').trim(),
    cells: row.cells,
  };
  const answers = rowAnswers(row.cells, asOf);
  const key = JSON.stringify(answers);
  let outcome = memo.get(key);
  if (outcome === undefined) {
    outcome = evaluateAnswersOf(answers, asOf);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, outcome);
  }
  return { ...base, ...outcome };
}

function evaluateAnswersOf(answers: Record<string, unknown>, asOf: string): Outcome {
  const evaluation = evaluateAnswers(answers);
  if (!evaluation.ok) {
    const errors = Object.entries(evaluation.errors).map(([key, message]) => {
      const c = COLUMN_BY_KEY.get(key);
      return {
        key: (c?.key ?? 'name') as Column['key'],
        column: c?.label ?? key,
        message,
        accepted: c?.accepted ?? '',
      };
    });
    return {
      errors,
      counts: [0, 0, 0],
      certainYuan: 0,
      confirmYuan: 0,
      technicianDate: null,
      verdicts: '',
      amounts: {},
      checkQuery: '',
    };
  }
  const results = [
    ...evaluation.eligible,
    ...evaluation.needsConfirmation,
    ...evaluation.notEligible,
    ...evaluation.alreadyHeld,
  ];
  // the sums as the checker's summary card adds them: money only, certain and to confirm (result-summary.ts)
  const summary = summariseResult(evaluation);
  const money = new Set<string>([...summary.certain.items, ...summary.toConfirm.items].map((x) => x.id));
  const codes: VerdictCode[] = PERSON_BENEFITS.map(() => 'x');
  const amounts: Record<number, number> = {};
  for (const r of results) {
    const i = BENEFIT_INDEX.get(r.id);
    if (i === undefined) continue;
    codes[i] = CODE[r.status];
    if (money.has(r.id) && r.amountYuan !== null) amounts[i] = r.amountYuan;
  }
  const route = results.find((r) => r.id === TECHNICIAN_ROUTE);
  const certificate = typeof answers['advancedCertificateDate'] === 'string' ? answers['advancedCertificateDate'] : '';
  let technicianDate: string | null = null;
  if (route !== undefined && route.status !== 'not-eligible' && certificate !== '') {
    const d = technicianApplicationDate({ certificateDate: certificate, today: asOf });
    if (d.ok) technicianDate = d.value.earliestApplicationDate;
  }
  // the answers as the checker's URL reads them, then written as the checker writes them (ids, ISO dates, yes/no)
  const raw = new URLSearchParams();
  for (const [k, v] of Object.entries(answers)) raw.set(k, Array.isArray(v) ? v.join(',') : String(v));
  const { profile } = profileFromSearchParams(raw);
  return {
    errors: [],
    counts: [evaluation.eligible.length, evaluation.needsConfirmation.length, evaluation.notEligible.length],
    certainYuan: summary.certain.yuan,
    confirmYuan: summary.toConfirm.yuan,
    technicianDate,
    verdicts: codes.join(''),
    amounts,
    checkQuery: profile === null ? '' : `${profileToSearchParams(profile).toString()}&step=result`,
  };
}

/** The counts the page shows; read = evaluated + with errors + skipped, always. */
export interface ListCounts {
  read: number;
  evaluated: number;
  withErrors: number;
  skipped: number;
  skippedEmpty: number;
  skippedHeader: number;
  skippedNote: number;
}

export function listCounts(
  rows: readonly RowResult[],
  skipped: { empty: number; header: number; note: number },
): ListCounts {
  const withErrors = rows.filter((r) => r.errors.length > 0).length;
  const skippedAll = skipped.empty + skipped.header + skipped.note;
  return {
    read: rows.length + skippedAll,
    evaluated: rows.length - withErrors,
    withErrors,
    skipped: skippedAll,
    skippedEmpty: skipped.empty,
    skippedHeader: skipped.header,
    skippedNote: skipped.note,
  };
}

/** Per benefit of PERSON_BENEFITS: how many rows in each verdict, and the money certain and to confirm. */
export interface BenefitTotal {
  id: string;
  title: string;
  article: number;
  eligible: number;
  needsConfirmation: number;
  notEligible: number;
  certainYuan: number;
  confirmYuan: number;
}

export function benefitTotals(rows: readonly RowResult[]): BenefitTotal[] {
  const totals = PERSON_BENEFITS.map((b) => ({
    ...b,
    eligible: 0,
    needsConfirmation: 0,
    notEligible: 0,
    certainYuan: 0,
    confirmYuan: 0,
  }));
  for (const r of rows) {
    if (r.verdicts === '') continue;
    for (let i = 0; i < totals.length; i++) {
      const t = totals[i]!;
      const code = r.verdicts[i];
      const amount = r.amounts[i] ?? 0;
      if (code === 'e') {
        t.eligible++;
        t.certainYuan += amount;
      } else if (code === 'c') {
        t.needsConfirmation++;
        t.confirmYuan += amount;
      } else t.notEligible++;
    }
  }
  return totals;
}
