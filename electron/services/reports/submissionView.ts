import type { Store } from '../../../db/client';
import { lockedMonths } from '../../../db/repos/reportFactsRepo';
import type { ReportSubmissionRow } from '../../../db/schema';
import { buildReportValues } from './buildReportValues';
import { mergeManual, type ManualValues, type ReportCell } from './reportCells';
import type { ReportCode, ReportHeader, ReportValues } from './reportContract';
import { monthsOf } from './reportPeriods';
import { validateReport, type ReportProblem } from './validateReport';

export const SENT_STATUSES: readonly ReportSubmissionRow['status'][] = ['submitted', 'locked'];

export function isSent(row: ReportSubmissionRow): boolean {
  return SENT_STATUSES.includes(row.status);
}

/** The submission as the API shows it: JSON columns typed, no snapshot blob (values carry it). */
export function submissionSummary(row: ReportSubmissionRow) {
  const { snapshot: _snapshot, ...rest } = row;
  return { ...rest, reportCode: row.reportCode as ReportCode, header: row.header as ReportHeader, manualValues: row.manualValues as ManualValues };
}

/** Months of the period whose arrivals the park has not locked yet. */
export function unlockedMonths(store: Store, parkId: string, period: string): string[] {
  const months = monthsOf(period);
  const locked = lockedMonths(store.db, parkId, months);
  return months.filter((m) => !locked.has(m));
}

/** Computed values with the submission's manual values and header laid over them. */
export function workingValues(store: Store, row: ReportSubmissionRow): { values: ReportValues; cells: ReportCell[] } {
  const computed = buildReportValues(store, row.reportCode as ReportCode, row.parkId, row.period);
  const merged = mergeManual(computed, row.manualValues as ManualValues);
  return { values: { ...merged.values, header: row.header as ReportHeader }, cells: merged.cells };
}

/** A sent revision shows exactly what was sent; nothing in it is editable. */
function sentValues(row: ReportSubmissionRow): { values: ReportValues; cells: ReportCell[] } {
  const values = row.snapshot as ReportValues;
  const manual = row.manualValues as ManualValues;
  const cells = Object.entries(values.indicators).flatMap(([r, columns]) =>
    Object.entries(columns).map(([column, value]) => ({ row: r, column, value, source: manual[r]?.[column] !== undefined ? ('manual' as const) : ('computed' as const), editable: false })),
  );
  return { values, cells };
}

/** What the UI needs: the submission, its values and cells, and the problems validation would find now. */
export function submissionView(store: Store, row: ReportSubmissionRow): { submission: ReturnType<typeof submissionSummary>; values: ReportValues; cells: ReportCell[]; validation: ReportProblem[] } {
  if (isSent(row)) return { submission: submissionSummary(row), ...sentValues(row), validation: [] };
  const { values, cells } = workingValues(store, row);
  return { submission: submissionSummary(row), values, cells, validation: validateReport(values, unlockedMonths(store, row.parkId, row.period)) };
}

/** The values a revision stands for: its snapshot once sent, else what it would send now. */
export function valuesOf(store: Store, row: ReportSubmissionRow): ReportValues {
  return isSent(row) ? (row.snapshot as ReportValues) : workingValues(store, row).values;
}
