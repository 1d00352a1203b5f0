import type ExcelJS from 'exceljs';
import type { CellValue, ReportValues } from '../reports/reportContract';
import { frameLayout, type FrameLayout } from './formFrame';
import { numberStyle, STYLES } from './formStyles';
import { neutralise } from '../../api/contract/neutralise';
import { isHeading, isValueColumn, type IndicatorRow, type IndicatorSheet, type LabelColumn } from './templateSchema';

/** An indicator form (T1, T3, T4): one template row per line, label columns from the template, values by key. */
export function indicatorLayout(form: IndicatorSheet, first: boolean): FrameLayout {
  return frameLayout(form.columns.map((c) => ({ header: c.header, group: isValueColumn(c) ? c.group : undefined, mark: c.mark, width: c.width })), first);
}

/** Label columns before the first value column stay in view when scrolling right. */
export function indicatorFreezeColumns(form: IndicatorSheet): number {
  const firstValue = form.columns.findIndex(isValueColumn);
  return firstValue < 0 ? 0 : firstValue;
}

function labelText(row: IndicatorRow, column: LabelColumn): string {
  return row[column.label] ?? '';
}

function numberOrText(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  return typeof value === 'string' ? neutralise(value) : value;
}

/** Runs of consecutive rows with the same 一级指标, merged down in the group column (T4). */
function groupSpans(form: IndicatorSheet): Map<number, number> {
  const spans = new Map<number, number>();
  form.rows.forEach((row, i) => {
    const previous = form.rows[i - 1];
    if (isHeading(row) || !row.group) return;
    if (previous && !isHeading(previous) && previous.group === row.group) {
      const from = [...spans.entries()].find(([f, t]) => t === i - 1 && f <= i - 1);
      if (from) spans.set(from[0], i);
    } else spans.set(i, i);
  });
  return spans;
}

/** Writes the body; returns the first row after it. Rows are committed as they go, so merges come first. */
export function writeIndicatorBody(sheet: ExcelJS.Worksheet, form: IndicatorSheet, values: ReportValues, start: number, onRow: () => void): number {
  const nameCol = Math.max(0, form.columns.findIndex((c) => !isValueColumn(c) && c.label === 'name'));
  const groupCol = form.columns.findIndex((c) => !isValueColumn(c) && c.label === 'group');
  const spans = groupSpans(form);
  const tall = form.columns.some((c) => !isValueColumn(c) && c.label === 'formula');
  let coveredUntil = -1;
  form.rows.forEach((row, index) => {
    const r = start + index;
    const line = sheet.getRow(r);
    const spanEnd = spans.get(index);
    if (groupCol >= 0 && spanEnd !== undefined && spanEnd > index) sheet.mergeCells(r, groupCol + 1, start + spanEnd, groupCol + 1);
    form.columns.forEach((column, i) => {
      const cell = line.getCell(i + 1);
      if (isHeading(row)) {
        cell.value = i === nameCol ? neutralise(row.heading) : null;
        cell.style = STYLES.heading;
        return;
      }
      if (isValueColumn(column)) {
        const target = column.key === 'target' ? row.target : undefined;
        cell.value = numberOrText(values.indicators[row.key]?.[column.key] ?? target?.value ?? null);
        cell.style = numberStyle(column.decimals ?? row.decimals, target?.comparison === 'at_least');
        return;
      }
      if (column.label === 'name') cell.style = row.indent === 2 ? STYLES.indent2 : row.indent === 1 ? STYLES.indent1 : STYLES.text;
      else cell.style = column.label === 'formula' ? STYLES.textWrap : STYLES.textCentre;
      // A cell inside a merge below its first row: setting its value would overwrite the merged text.
      if (i === groupCol && index <= coveredUntil) return;
      cell.value = neutralise(labelText(row, column));
    });
    if (spanEnd !== undefined) coveredUntil = spanEnd;
    line.height = tall ? 30 : 20;
    line.commit();
    onRow();
  });
  return start + form.rows.length;
}
