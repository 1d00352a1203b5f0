import type ExcelJS from 'exceljs';
import type { CellValue, ListRecord } from '../reports/reportContract';
import { frameLayout, type FrameLayout } from './formFrame';
import { numberStyle, STYLES } from './formStyles';
import { neutralise } from './neutralise';
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
      return column.width >= 30 ? STYLES.textWrap : STYLES.text;
  }
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
