import type { TFunction } from 'i18next';
import { isIndicatorRow, isValueColumn, type ReportHeader, type ReportTemplate } from './reportTypes';

const HEADER_FIELDS: (keyof ReportHeader)[] = ['reportingUnit', 'unitHead', 'statisticsHead', 'preparer', 'phone', 'reportDate'];
const isHeaderField = (field: string): field is keyof ReportHeader => (HEADER_FIELDS as string[]).includes(field);

/** Names of a form's rows and columns as printed (template text), for problem lists, diffs and comparisons. */
export function cellNames(template: ReportTemplate, t: TFunction) {
  const rows = new Map<string, string>();
  const columns = new Map<string, string>();
  const decimals = new Map<string, number>();
  for (const sheet of template.sheets) {
    if (sheet.kind === 'indicators') {
      for (const row of sheet.rows) {
        if (!isIndicatorRow(row)) continue;
        rows.set(row.key, row.name);
        decimals.set(row.key, row.decimals);
      }
      for (const column of sheet.columns) if (isValueColumn(column)) columns.set(column.key, column.header);
    } else {
      for (const column of sheet.columns) columns.set(`${sheet.key}:${column.key}`, column.header);
    }
  }
  const listSheet = (row: string) => /^([a-z_]+)\.(\d+)$/.exec(row);
  return {
    /** Decimals a row's figures print with (counts 0, amounts 2). */
    decimals: (row: string): number => decimals.get(row) ?? 2,
    row(row: string): string {
      if (row === 'header') return t('rp.cell.header');
      if (row === 'period') return t('rp.pick.period');
      const list = listSheet(row);
      if (list) return t('rp.cell.listRow', { sheet: template.sheets.find((s) => s.key === list[1])?.name ?? list[1], n: list[2] });
      return rows.get(row) ?? row;
    },
    column(row: string, column: string): string {
      if (row === 'header') return isHeaderField(column) ? t(`rp.header.${column}`) : column;
      const list = listSheet(row);
      return (list ? columns.get(`${list[1]}:${column}`) : columns.get(column)) ?? column;
    },
  };
}
