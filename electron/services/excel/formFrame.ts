import type ExcelJS from 'exceljs';
import type { ReportValues } from '../reports/reportContract';
import { BLOCK_LABELS, footerText, periodText } from './formText';
import { STYLES } from './formStyles';
import type { ReportTemplate, TemplateSheet } from './templateSchema';
import { neutralise } from '../../api/contract/neutralise';
import { columnLetter } from './workbookProblem';

/**
 * The government frame around a form's body, the same for indicator and list sheets:
 *   title (merged, centred) · top-right block 表号 / 制表机关 / 批准文号 / 有效期至 (first sheet only)
 *   填报单位 left · period centred · 计量单位 right
 *   header band: a group row over its columns (merged) when the form has groups, column marks 甲 乙 丙 1 2 …
 *   … body …
 *   footer 单位负责人 / 统计负责人 / 填表人 / 联系电话 / 报出日期 (first sheet) · 说明 notes
 * Frozen below the header band and right of the label columns; A4 landscape fitted to the page width, the
 * header band repeated on every printed page. An indicator form (a fixed, short list of rows) prints on one page,
 * as the paper form does; a list sheet runs on over as many pages as it needs.
 */

export interface FrameColumn {
  header: string;
  group?: string | undefined;
  mark?: string | undefined;
  width: number;
}

export interface FrameLayout {
  columns: FrameColumn[];
  headerStart: number;
  headerEnd: number;
  bodyStart: number;
}

const BLOCK_KEYS = ['表号', '制表机关', '批准文号', '有效期至'] as const;

export function frameLayout(columns: FrameColumn[], first: boolean): FrameLayout {
  const headerStart = first ? 7 : 3;
  const groups = columns.some((c) => c.group);
  const marks = columns.some((c) => c.mark);
  const headerEnd = headerStart + (groups ? 1 : 0) + (marks ? 1 : 0);
  return { columns, headerStart, headerEnd, bodyStart: headerEnd + 1 };
}

type Sheet = ExcelJS.Worksheet;

function put(sheet: Sheet, row: number, col: number, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>): void {
  const cell = sheet.getCell(row, col);
  cell.value = typeof value === 'string' ? neutralise(value) : value;
  cell.style = style;
}

function merged(sheet: Sheet, row: number, from: number, to: number, value: string, style: Partial<ExcelJS.Style>): void {
  put(sheet, row, from, value, style);
  if (to > from) sheet.mergeCells(row, from, row, to);
}

export function addFormSheet(workbook: { addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): Sheet }, sheet: TemplateSheet, layout: FrameLayout, freezeColumns: number): Sheet {
  return workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: freezeColumns, ySplit: layout.headerEnd }],
    properties: { defaultRowHeight: 18 },
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: sheet.kind === 'indicators' ? 1 : 0, horizontalCentered: true,
      printTitlesRow: `${layout.headerStart}:${layout.headerEnd}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
}

/** Title, block, unit line and header band; rows are committed, the body follows at layout.bodyStart. */
export function writeFrameTop(sheet: Sheet, template: ReportTemplate, form: TemplateSheet, values: ReportValues, layout: FrameLayout, first: boolean): void {
  const { columns } = layout;
  const last = columns.length;
  sheet.columns = columns.map((c) => ({ width: c.width }));
  merged(sheet, 1, 1, last, form.title, STYLES.title);
  sheet.getRow(1).height = 32;
  sheet.getRow(1).commit();
  // The right-hand block spans the last three columns (or fewer on a narrow form).
  const blockFrom = Math.max(1, last - 2);
  if (first) {
    BLOCK_KEYS.forEach((key, i) => {
      merged(sheet, 2 + i, blockFrom, last, `${BLOCK_LABELS[key]}：${template[key]}`, STYLES.block);
      sheet.getRow(2 + i).commit();
    });
  }
  const unitRow = layout.headerStart - 1;
  const middleFrom = Math.min(3, blockFrom - 1);
  merged(sheet, unitRow, 1, Math.max(1, middleFrom - 1), `填报单位：${values.header.reportingUnit}`, STYLES.unitLeft);
  if (middleFrom < blockFrom && middleFrom > 1) merged(sheet, unitRow, middleFrom, blockFrom - 1, periodText(values.period), STYLES.unitCentre);
  merged(sheet, unitRow, blockFrom, last, `计量单位：${template.计量单位}`, STYLES.unitLeft);
  sheet.getRow(unitRow).commit();
  writeHeaderBand(sheet, layout);
}

function writeHeaderBand(sheet: Sheet, layout: FrameLayout): void {
  const { columns, headerStart } = layout;
  const grouped = columns.some((c) => c.group);
  const leafRow = grouped ? headerStart + 1 : headerStart;
  columns.forEach((c, i) => {
    const col = i + 1;
    if (!grouped) return put(sheet, headerStart, col, c.header, STYLES.header);
    if (!c.group) {
      put(sheet, headerStart, col, c.header, STYLES.header);
      put(sheet, leafRow, col, null, STYLES.header);
      sheet.mergeCells(headerStart, col, leafRow, col);
      return;
    }
    put(sheet, leafRow, col, c.header, STYLES.header);
    // Inside a group's merge: its upper cell was styled with the group's first column (a value here would overwrite the group text).
    if (columns[i - 1]?.group === c.group) return;
    let to = col;
    while (columns[to]?.group === c.group) to += 1;
    put(sheet, headerStart, col, c.group, STYLES.header);
    for (let k = col + 1; k <= to; k += 1) put(sheet, headerStart, k, null, STYLES.header);
    if (to > col) sheet.mergeCells(headerStart, col, headerStart, to);
  });
  for (let r = headerStart; r <= leafRow; r += 1) {
    sheet.getRow(r).height = 30;
    sheet.getRow(r).commit();
  }
  if (columns.some((c) => c.mark)) {
    columns.forEach((c, i) => put(sheet, leafRow + 1, i + 1, c.mark ?? '', STYLES.mark));
    sheet.getRow(leafRow + 1).commit();
  }
}

/** Footer (first sheet) and notes after the body; sets the print area over everything written. */
export function writeFrameBottom(sheet: Sheet, form: TemplateSheet, values: ReportValues, layout: FrameLayout, nextRow: number, first: boolean): void {
  const last = layout.columns.length;
  let row = nextRow + 1;
  if (first) {
    merged(sheet, row, 1, last, footerText(values.header), STYLES.footer);
    sheet.getRow(row).commit();
    row += 1;
  }
  if (form.notes.length) {
    merged(sheet, row, 1, last, '说明：', STYLES.note);
    sheet.getRow(row).commit();
    for (const note of form.notes) {
      row += 1;
      merged(sheet, row, 1, last, note, STYLES.note);
      sheet.getRow(row).height = 15 * Math.max(1, Math.ceil(note.length / (last * 8)));
      sheet.getRow(row).commit();
    }
  }
  sheet.pageSetup.printArea = `A1:${columnLetter(last)}${row}`;
}
