import { columnLetter as letter } from '../excel/workbookProblem';
import { indicatorLayout } from '../excel/indicatorSheetWriter';
import { listLayout } from '../excel/listSheetWriter';
import { isHeading, isValueColumn } from '../excel/templateSchema';
import { loadReportTemplate } from '../excel/templates';
import type { ReportCode } from './reportContract';
import type { ReportProblem } from './validateReport';

/**
 * Where a problem sits in the exported workbook, as `sheet!A1` (the layout of X1's writer: body rows in template
 * order from the layout's first body row, columns in template order). A problem of the header or of the period has
 * no single cell and is placed on the sheet alone.
 */
export function problemCell(code: ReportCode, problem: Pick<ReportProblem, 'row' | 'column'>): string {
  const template = loadReportTemplate(code);
  const [first] = template.sheets;
  const listMatch = /^(\w+)\.(\d+)$/.exec(problem.row);
  for (const [index, sheet] of template.sheets.entries()) {
    if (sheet.kind === 'indicators' && !listMatch) {
      const rowIndex = sheet.rows.findIndex((r) => !isHeading(r) && r.key === problem.row);
      const colIndex = sheet.columns.findIndex((c) => isValueColumn(c) && c.key === problem.column);
      if (rowIndex >= 0 && colIndex >= 0) return `${sheet.name}!${letter(colIndex + 1)}${indicatorLayout(sheet, index === 0).bodyStart + rowIndex}`;
    }
    if (sheet.kind === 'list' && listMatch && listMatch[1] === sheet.key) {
      const colIndex = sheet.columns.findIndex((c) => c.key === problem.column);
      if (colIndex >= 0) return `${sheet.name}!${letter(colIndex + 1)}${listLayout(sheet, index === 0).bodyStart + Number(listMatch[2]) - 1}`;
    }
  }
  return first!.name;
}
