import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../../db/client';
import { getSubmission } from '../../../db/repos/reportSubmissionsRepo';
import type { ReportSubmissionRow } from '../../../db/schema';
import { AppError } from '../appError';
import { writeReportWorkbook, type WriteOptions } from '../excel/reportWorkbookWriter';
import { loadReportTemplate } from '../excel/templates';
import { rememberExport } from './exportedFiles';
import type { ReportCode, ReportValues } from './reportContract';
import { SUBMISSION_ENTITY } from './submissionLifecycle';
import { isSent, unlockedMonths, workingValues } from './submissionView';
import { validateReport } from './validateReport';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 园区利用外资情况月报_中日（平湖）产业合作园_2026-10.xlsx; a later revision says which (…_第2版.xlsx). */
export function reportFileName(row: ReportSubmissionRow, reportingUnit: string): string {
  const title = loadReportTemplate(row.reportCode as ReportCode).title;
  const revision = row.revision > 1 ? `_第${row.revision}版` : '';
  return `${title}_${reportingUnit}_${row.period}${revision}.xlsx`.replace(/[\\/:*?"<>|\r\n\t]/g, '_');
}

/**
 * The values an export writes: a sent revision's snapshot (so the file is what the province has), or — for a
 * 已校验 draft — the current values, checked again because the register may have moved since validation.
 */
function valuesToExport(store: Store, row: ReportSubmissionRow): ReportValues {
  if (isSent(row)) return row.snapshot as ReportValues;
  if (row.status !== 'validated') {
    throw new AppError('REPORT_STATE', undefined, { fields: [{ path: 'status', key: 'report.state.notValidated' }] });
  }
  const { values } = workingValues(store, row);
  const problems = validateReport(values, unlockedMonths(store, row.parkId, row.period));
  if (problems.length > 0) throw new AppError('REPORT_INVALID', undefined, { problems });
  return values;
}

/** Writes the submission's form to `out`; remembers the file so 报送 can name it by its hash. */
export async function exportSubmissionTo(store: Store, submissionId: string, out: string, opts: WriteOptions = {}) {
  const row = getSubmission(store.db, submissionId);
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: SUBMISSION_ENTITY, id: submissionId });
  const values = valuesToExport(store, row);
  const fileName = reportFileName(row, values.header.reportingUnit);
  const { bytes, sha256 } = await writeReportWorkbook(values, out, opts);
  if (!isSent(row)) rememberExport(row.id, { sha256, fileName, values });
  return { fileName, bytes, sha256 };
}

/** The same, as a download for the renderer: `{ fileName, mimeType, base64, sha256 }`. */
export async function exportSubmission(store: Store, submissionId: string, opts: WriteOptions = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkdesk-export-'));
  try {
    const file = path.join(dir, 'report.xlsx');
    const written = await exportSubmissionTo(store, submissionId, file, opts);
    return { fileName: written.fileName, mimeType: XLSX_MIME, size: written.bytes, sha256: written.sha256, base64: fs.readFileSync(file).toString('base64') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
