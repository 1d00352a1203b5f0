import type ExcelJS from 'exceljs';
import type { CellValue, ListRecord } from '../reports/reportContract';
import { frameLayout, type FrameLayout } from './formFrame';
import { numberStyle, STYLES } from './formStyles';
import { neutralise } from '../../api/contract/neutralise';
import type { ListColumn, ListSheet } from './templateSchema';

/** A list form (T2 ledger, T1's project list): one record per line under a (two-level) header. */
export function listLayout(form: ListSheet, first: boolean): FrameLayout {
  return frameLayout(form.columns.map((c) => ({ header: c.header, group: c.group, width: c.width })), first);
}

/** 序号 and the name stay in view when scrolling right. */
export const LIST_FREEZE_COLUMNS = 2;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real date cell (UTC midnight is an exact serial number), else the text as given. */
function dateValue(value: string): Date | string {
  const m = ISO_DATE.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : neutralise(value);
}

function cellValue(column: ListColumn, value: CellValue | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return value;
  return column.type === 'date' ? dateValue(value) : neutralise(value);
}

function columnStyle(column: ListColumn): Partial<ExcelJS.Style> {
  switch (column.type) {
    case 'number':
      return numberStyle(column.decimals ?? 2);
    case 'integer':
      return column.key === 'seq' ? STYLES.textCentre : numberStyle(0);
    case 'date':
      return STYLES.date;
    case 'boolean':
      return STYLES.textCentre;
    default:
      // Names, investors and 需协调事项 wrap inside their column (the row grows) rather than being cut off or
      // widening a 22-column ledger past what an A4 page can print legibly.
      return STYLES.textWrap;
  }
}

/** Width of text in column-width units: a CJK or full-width character takes about two, other characters one. */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return units;
}

const LINE_HEIGHT = 13.5;
const ROW_HEIGHT = 18;

/**
 * A record's row height: Excel and LibreOffice keep a row at its stored height when opening a file (the
 * sheet's default is pinned), so a wrapped name is only fully shown if the row is written tall enough.
 */
function rowHeight(form: ListSheet, record: ListRecord): number {
  let lines = 1;
  form.columns.forEach((column) => {
    const value = record[column.key];
    if (column.type !== 'text' || typeof value !== 'string') return;
    lines = Math.max(lines, Math.ceil(textUnits(value) / Math.max(1, column.width - 1)));
  });
  return lines === 1 ? ROW_HEIGHT : lines * LINE_HEIGHT + 4;
}

/**
 * Writes the records; yields to the event loop every few thousand rows so a cancel can land and the file
 * stream can drain. Returns the first row after the body.
 */
export async function writeListBody(sheet: ExcelJS.Worksheet, form: ListSheet, records: readonly ListRecord[], start: number, onRow: () => void, signal?: AbortSignal): Promise<number> {
  const styles = form.columns.map(columnStyle);
  let r = start;
  for (const record of records) {
    const line = sheet.getRow(r);
    form.columns.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      cell.value = cellValue(column, record[column.key]);
      cell.style = styles[i]!;
    });
    line.height = rowHeight(form, record);
    line.commit();
    onRow();
    r += 1;
    if (r % 2000 === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
    }
  }
  return r;
}
