import fs from 'node:fs';
import type { ReportValues } from '../reports/reportContract';
import { addFormSheet, writeFrameBottom, writeFrameTop } from './formFrame';
import { markerKeywords, periodText } from './formText';
import { ExcelJS } from './exceljsRuntime';
import { fileDigest } from './fileDigest';
import { indicatorFreezeColumns, indicatorLayout, writeIndicatorBody } from './indicatorSheetWriter';
import { LIST_FREEZE_COLUMNS, listLayout, writeListBody } from './listSheetWriter';
import { loadReportTemplate } from './templates';

export interface WriteOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

function bodyRowCount(values: ReportValues): number {
  const template = loadReportTemplate(values.code);
  return template.sheets.reduce((n, s) => n + (s.kind === 'indicators' ? s.rows.length : (values.lists[s.key]?.length ?? 0)), 0);
}

/**
 * Writes the form for `values` in the government layout with exceljs's streaming writer (a 100 000-row T2
 * ledger stays in little memory), into `out` via a temporary file so a cancelled or failed export leaves
 * nothing half-written. The document keywords say `ParkDesk T1 2026.1` so the reader knows its own forms.
 */
export async function writeReportWorkbook(values: ReportValues, out: string, opts: WriteOptions = {}): Promise<{ bytes: number; sha256: string }> {
  const template = loadReportTemplate(values.code);
  const total = bodyRowCount(values);
  let done = 0;
  const step = Math.max(1, Math.floor(total / 100));
  const onRow = () => {
    done += 1;
    if (done % step === 0 || done === total) opts.onProgress?.(done, total);
  };
  opts.signal?.throwIfAborted();
  const partial = `${out}.partial`;
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true, useSharedStrings: false });
    workbook.creator = 'ParkDesk 园区通';
    workbook.title = template.title;
    workbook.subject = `${values.header.reportingUnit} ${periodText(values.period)}`;
    workbook.keywords = markerKeywords(template.code, template.version);
    workbook.created = new Date();
    for (const [index, form] of template.sheets.entries()) {
      const first = index === 0;
      const layout = form.kind === 'indicators' ? indicatorLayout(form, first) : listLayout(form, first);
      const sheet = addFormSheet(workbook, form, layout, form.kind === 'indicators' ? indicatorFreezeColumns(form) : LIST_FREEZE_COLUMNS);
      writeFrameTop(sheet, template, form, values, layout, first);
      const next = form.kind === 'indicators'
        ? writeIndicatorBody(sheet, form, values, layout.bodyStart, onRow)
        : await writeListBody(sheet, form, values.lists[form.key] ?? [], layout.bodyStart, onRow, opts.signal);
      writeFrameBottom(sheet, form, values, layout, next, first);
      sheet.commit();
      opts.signal?.throwIfAborted();
    }
    await workbook.commit();
    opts.signal?.throwIfAborted();
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return fileDigest(out);
}
