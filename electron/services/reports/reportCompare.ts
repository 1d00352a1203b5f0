import type { Store } from '../../../db/client';
import { latestSentSubmission, latestSubmission } from '../../../db/repos/reportSubmissionsRepo';
import { AppError } from '../appError';
import { buildReportValues } from './buildReportValues';
import type { CellValue, ReportCode, ReportValues } from './reportContract';
import { growthPercent } from './reportNumbers';
import { previousPeriod, samePeriodLastYear } from './reportPeriods';
import { valuesOf } from './submissionView';

/** The figure compared per form: the period's own column (本月, 本季, 本年). */
const COMPARED_COLUMN: Partial<Record<ReportCode, string>> = { T1: 'month', T3: 'quarter', T4: 'this_year' };

type Source = 'snapshot' | 'working' | 'computed';

/** What the province has for a period when it has anything (the latest sent snapshot), else what the park would send. */
function valuesFor(store: Store, code: ReportCode, parkId: string, period: string): { values: ReportValues; source: Source } {
  const sent = latestSentSubmission(store.db, parkId, code, period);
  if (sent) return { values: valuesOf(store, sent), source: 'snapshot' };
  const working = latestSubmission(store.db, parkId, code, period);
  if (working) return { values: valuesOf(store, working), source: 'working' };
  return { values: buildReportValues(store, code, parkId, period), source: 'computed' };
}

const num = (value: CellValue | undefined) => (typeof value === 'number' ? value : null);

/**
 * 环比 (against the previous month / quarter) and 同比 (against the same period last year) per indicator row. For the
 * annual T4 the previous period is the previous year, so both comparisons coincide.
 */
export function compareReport(store: Store, code: ReportCode, parkId: string, period: string) {
  const column = COMPARED_COLUMN[code];
  if (!column) throw new AppError('VALIDATION', undefined, { fields: [{ path: 'code', key: 'field.invalid' }] });
  const periods = { current: period, previous: previousPeriod(period), lastYear: samePeriodLastYear(period) };
  const current = valuesFor(store, code, parkId, periods.current);
  const previous = valuesFor(store, code, parkId, periods.previous);
  const lastYear = valuesFor(store, code, parkId, periods.lastYear);
  const rows = Object.keys(current.values.indicators).map((row) => {
    const now = num(current.values.indicators[row]?.[column]);
    const before = num(previous.values.indicators[row]?.[column]);
    const yearAgo = num(lastYear.values.indicators[row]?.[column]);
    return { row, current: now, previous: before, lastYear: yearAgo, momChange: growthPercent(now, before), yoyChange: growthPercent(now, yearAgo) };
  });
  return { code, parkId, column, periods, sources: { current: current.source, previous: previous.source, lastYear: lastYear.source }, rows };
}
