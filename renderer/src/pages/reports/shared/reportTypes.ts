import type { MethodOutput } from '../../../../../electron/api/index';

export type ReportTemplate = MethodOutput<'reports.template'>;
export type TemplateSheet = ReportTemplate['sheets'][number];
export type IndicatorSheet = Extract<TemplateSheet, { kind: 'indicators' }>;
export type ListSheet = Extract<TemplateSheet, { kind: 'list' }>;
export type IndicatorColumn = IndicatorSheet['columns'][number];
export type ValueColumn = Extract<IndicatorColumn, { key: string }>;
export type LabelColumn = Extract<IndicatorColumn, { label: string }>;
export type TemplateRow = IndicatorSheet['rows'][number];
export type IndicatorRow = Extract<TemplateRow, { key: string }>;
export type SubmissionView = MethodOutput<'reports.open'>;
export type Submission = SubmissionView['submission'];
export type SubmissionStatus = Submission['status'];
export type ReportCode = Submission['reportCode'];
export type CellValue = SubmissionView['cells'][number]['value'];
export type ReportHeader = SubmissionView['values']['header'];
export type PeriodKind = ReportTemplate['periodKind'];

export function isValueColumn(column: IndicatorColumn): column is ValueColumn {
  return 'key' in column;
}

export function isIndicatorRow(row: TemplateRow): row is IndicatorRow {
  return 'key' in row;
}

/** `row|column`, the key problems and cells are matched on. */
export const cellKey = (row: string, column: string) => `${row}|${column}`;
