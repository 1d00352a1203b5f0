import fs from 'node:fs';
import path from 'node:path';
import { writeReportWorkbook } from '../../electron/services/excel/reportWorkbookWriter';
import { T1_COLUMNS, T1_ROWS, T3_COLUMNS, T3_ROWS, type ReportValues } from '../../electron/services/reports/reportContract';

/**
 * A park's T1 as the park would send it: 实际使用外资 all from the EU (so the sources add up), with `fdiOther`
 * added to 其他 only (a breakdown that does not add up when it is not zero).
 */
export function t1Values(reportingUnit: string, period: string, month: number, ytd: number, fdiOther = 0): ReportValues {
  const indicators = Object.fromEntries(T1_ROWS.map((row) => [row, Object.fromEntries(T1_COLUMNS.map((c) => [c, c === 'yoy' ? null : 0]))]));
  indicators.utilised_fdi = { month, ytd, last_ytd: null, yoy: null };
  indicators.fdi_eu = { month, ytd, last_ytd: null, yoy: null };
  indicators.fdi_other = { month: fdiOther, ytd: fdiOther, last_ytd: null, yoy: null };
  indicators.new_enterprises = { month: 1, ytd: 3, last_ytd: null, yoy: null };
  return {
    code: 'T1', parkId: '', period, indicators, lists: { projects: [] },
    header: { reportingUnit, unitHead: '王建国', statisticsHead: '李敏', preparer: '陈晓', phone: '0573-85000000', reportDate: '2026-11-05' },
  };
}

/** Writes the workbook and returns it as the renderer would send it. */
export async function workbookFile(dir: string, fileName: string, values: ReportValues): Promise<{ fileName: string; base64: string }> {
  const file = path.join(dir, fileName);
  await writeReportWorkbook(values, file);
  return { fileName, base64: fs.readFileSync(file).toString('base64') };
}

/** A park's T3 with every figure of the quarter `quarter` and the year to date `ytd`. */
export function t3Values(reportingUnit: string, period: string, quarter: number, ytd: number): ReportValues {
  const indicators = Object.fromEntries(T3_ROWS.map((row) => [row, Object.fromEntries(T3_COLUMNS.map((c) => [c, c === 'quarter' ? quarter : c === 'ytd' ? ytd : null]))]));
  return { ...t1Values(reportingUnit, period, 0, 0), code: 'T3', indicators, lists: {} };
}
