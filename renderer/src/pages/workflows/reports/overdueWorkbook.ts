import type { Workbook } from 'exceljs';
import type { TFunction } from 'i18next';
import type { OverdueRow } from '../workflowTypes';
import { neutralise } from '../../../../../electron/api/contract/neutralise';
import { OVERDUE_COLUMNS } from './overdueColumns';

/** The overdue sheet: a header row in the user's language (bold, frozen), sized columns, one row per department. */
export function fillOverdueWorkbook(workbook: Workbook, rows: readonly OverdueRow[], t: TFunction, asOf: string): void {
  workbook.creator = 'ParkDesk 园区通';
  const sheet = workbook.addWorksheet(t('report.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = OVERDUE_COLUMNS.map((c) => ({ key: c.key, header: neutralise(c.title(t)), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows) {
    sheet.addRow(
      Object.fromEntries(
        OVERDUE_COLUMNS.map((c) => {
          const value = c.value(row, t);
          return [c.key, typeof value === 'string' ? neutralise(value) : value];
        }),
      ),
    );
  }
  sheet.headerFooter.oddFooter = neutralise(t('report.asOf', { date: asOf }));
}

/** Built in memory (exceljs is loaded only when someone exports) and handed back as an .xlsx Blob. */
export async function overdueWorkbookBlob(rows: readonly OverdueRow[], t: TFunction, asOf: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  fillOverdueWorkbook(workbook, rows, t, asOf);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
