import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeReportWorkbook } from '../../electron/services/excel/reportWorkbookWriter';
import type { IndicatorValues, ListRecord, ReportCode } from '../../electron/services/reports/reportContract';

const HEADER = { unitHead: '王建国', statisticsHead: '李秀英', preparer: '张晓明', phone: '0573-85012345', reportDate: '2026-11-05' };

/** A real .xlsx written by the app's own form writer; returns its path and its bytes as the window would send them. */
export async function writeForm(dir: string, name: string, code: ReportCode, period: string, reportingUnit: string, content: { ledger?: ListRecord[]; indicators?: IndicatorValues }) {
  const file = path.join(dir, name);
  await writeReportWorkbook(
    { code, parkId: '', period, indicators: content.indicators ?? {}, lists: content.ledger ? { ledger: content.ledger } : {}, header: { reportingUnit, ...HEADER } },
    file,
  );
  return { file, fileName: name, base64: fs.readFileSync(file).toString('base64') };
}

/** exceljs's `text` throws on the covered cells of a merge whose master is empty; those hold no text of their own. */
function textOf(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  return String(cell.text ?? '').trim();
}

/** Where a value sits in the workbook as a person would find it: the column under `header`, the row of the project. */
export async function cellOf(file: string, header: string, projectName: string): Promise<{ sheet: string; row: number; column: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const sheet of workbook.worksheets) {
    let column: string | undefined;
    let nameColumn: number | undefined;
    let row: number | undefined;
    sheet.eachRow((line, number) => {
      line.eachCell((cell, col) => {
        const text = textOf(cell);
        if (text === header && column === undefined) column = cell.address.replace(/\d+$/, '');
        if (text === '项目名称' && nameColumn === undefined) nameColumn = col;
      });
      if (nameColumn !== undefined && textOf(line.getCell(nameColumn)) === projectName) row = number;
    });
    if (column && row) return { sheet: sheet.name, row, column };
  }
  throw new Error(`no cell under ${header} for ${projectName}`);
}
