import { indicatorDefinition } from '../../../db/reference/indicators';
import { formatMessage, type MessageKey } from '../../api/contract/messages';
import type { CellValue, ReportHeader, ReportValues } from './reportContract';
import { toHundredths } from './reportNumbers';
import { T1_SOURCE_ROWS } from './buildT1';

/** One problem at a cell (row and column keys of the template), in both languages. */
export interface ReportProblem {
  row: string;
  column: string;
  key: MessageKey;
  params?: Record<string, string | number>;
  message: string;
  messageEn: string;
}

function problem(row: string, column: string, key: MessageKey, params: Record<string, string | number> = {}): ReportProblem {
  return { row, column, key, params, message: formatMessage(key, params), messageEn: formatMessage(key, params, 'en') };
}

const num = (value: CellValue | undefined): number | null => (typeof value === 'number' ? value : null);
const show = (value: number) => value.toFixed(2);
const GROWTH_COLUMNS = new Set(['yoy', 'growth']);

/**
 * Parts rounded one by one may differ from their rounded total by up to half a hundredth each (尾差); more than that
 * means the breakdown really does not add up.
 */
function addsUp(parts: number[], total: number): boolean {
  const diff = parts.reduce((sum, p) => sum + toHundredths(p), 0n) - toHundredths(total);
  const abs = diff < 0n ? -diff : diff;
  return abs * 2n <= BigInt(parts.length + 1);
}

const HEADER_REQUIRED: { field: keyof ReportHeader; label: string; labelEn: string }[] = [
  { field: 'reportingUnit', label: '填报单位', labelEn: 'the reporting unit' },
  { field: 'preparer', label: '填表人', labelEn: 'the preparer' },
  { field: 'reportDate', label: '报出日期', labelEn: 'the report date' },
];

function headerProblems(header: ReportHeader): ReportProblem[] {
  return HEADER_REQUIRED.filter((h) => !header[h.field]?.trim()).map((h) => ({
    ...problem('header', h.field, 'report.check.headerMissing', { field: h.label }),
    messageEn: formatMessage('report.check.headerMissing', { field: h.labelEn }, 'en'),
  }));
}

function negativeProblems(values: ReportValues): ReportProblem[] {
  const found: ReportProblem[] = [];
  for (const [row, columns] of Object.entries(values.indicators)) {
    for (const [column, value] of Object.entries(columns)) {
      if (!GROWTH_COLUMNS.has(column) && (num(value) ?? 0) < 0) found.push(problem(row, column, 'report.check.negative'));
    }
  }
  for (const [list, records] of Object.entries(values.lists)) {
    records.forEach((record, i) => {
      for (const [column, value] of Object.entries(record)) {
        if ((num(value) ?? 0) < 0) found.push(problem(`${list}.${i + 1}`, column, 'report.check.negative'));
      }
    });
  }
  return found;
}

function t1Problems(values: ReportValues): ReportProblem[] {
  const rows = values.indicators;
  const found: ReportProblem[] = [];
  for (const [row, columns] of Object.entries(rows)) {
    const month = num(columns.month);
    const ytd = num(columns.ytd);
    if (month !== null && ytd !== null && ytd < month) found.push(problem(row, 'ytd', 'report.check.ytdBelowMonth', { ytd, month }));
  }
  for (const column of ['month', 'ytd', 'last_ytd']) {
    const total = num(rows.utilised_fdi?.[column]);
    if (total === null) continue;
    const parts = T1_SOURCE_ROWS.map((row) => num(rows[row]?.[column]));
    if (parts.every((p) => p !== null) && !addsUp(parts as number[], total)) {
      const sum = (parts as number[]).reduce((s, p) => s + p, 0);
      found.push(problem('fdi_other', column, 'report.check.sourcesSum', { sum: show(sum), total: show(total) }));
    }
    for (const row of ['utilised_fdi_capital_increase', 'fdi_high_tech_manufacturing', 'fdi_high_tech_services']) {
      const part = num(rows[row]?.[column]);
      if (part !== null && part > total) found.push(problem(row, column, 'report.check.partExceedsTotal', { part: show(part), total: show(total) }));
    }
    const counts = ['projects_over_10m', 'projects_over_30m', 'projects_over_100m'].map((row) => num(rows[row]?.[column]));
    if (counts.every((c) => c !== null) && !(counts[0]! >= counts[1]! && counts[1]! >= counts[2]!)) {
      found.push(problem('projects_over_100m', column, 'report.check.thresholdOrder'));
    }
  }
  return found;
}

function t3Problems(values: ReportValues): ReportProblem[] {
  return Object.entries(values.indicators).flatMap(([row, columns]) => {
    const quarter = num(columns.quarter);
    const ytd = num(columns.ytd);
    const isFlow = indicatorDefinition(row)?.aggregation === 'sum';
    return isFlow && quarter !== null && ytd !== null && ytd < quarter ? [problem(row, 'ytd', 'report.check.ytdBelowQuarter', { ytd, quarter })] : [];
  });
}

/**
 * Everything that must hold before a report leaves the park: the header, no negative figures, 本年累计 ≥ 本月 /
 * 本季, breakdowns that add up (sources = 实际使用外资, "其中" ≤ total), and every month of the period locked, so
 * the arrivals behind the figures cannot change after the report is sent.
 */
export function validateReport(values: ReportValues, unlockedMonths: string[]): ReportProblem[] {
  return [
    ...headerProblems(values.header),
    ...negativeProblems(values),
    ...(values.code === 'T1' ? t1Problems(values) : []),
    ...(values.code === 'T3' ? t3Problems(values) : []),
    ...unlockedMonths.map((month) => problem('period', month, 'report.check.monthNotLocked', { month })),
  ];
}
