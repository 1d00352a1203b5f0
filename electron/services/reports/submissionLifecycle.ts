import { randomUUID } from 'node:crypto';
import type { Store } from '../../../db/client';
import { getLivePark } from '../../../db/repos/parksRepo';
import { getSubmission, insertSubmission, latestSubmission, updateSubmission } from '../../../db/repos/reportSubmissionsRepo';
import type { ReportSubmissionRow } from '../../../db/schema';
import type { AuditInput } from '../../api/context';
import { AppError, fieldError } from '../appError';
import { loadReportTemplate } from '../excel/templates';
import { emptyHeader } from './buildReportValues';
import { findExport, forgetExports } from './exportedFiles';
import { isEditable, type ManualValues } from './reportCells';
import type { ReportCode, ReportHeader } from './reportContract';
import { isPeriodOf } from './reportPeriods';
import { isSent, unlockedMonths, workingValues } from './submissionView';
import { validateReport, type ReportProblem } from './validateReport';
import { buildReportValues } from './buildReportValues';

/**
 * 草稿 → 已校验 → 已报送 → 已锁定. Any edit of a 已校验 report sends it back to 草稿; a sent one is never edited —
 * a correction is a new revision that supersedes it. Every change is audited in the caller's transaction.
 */
export interface ReportMutation {
  store: Store;
  at: string;
  actor: string;
  audit(entry: AuditInput): void;
}

export const SUBMISSION_ENTITY = 'report_submission';

function requireSubmission(store: Store, id: string): ReportSubmissionRow {
  const row = getSubmission(store.db, id);
  if (!row) throw new AppError('NOT_FOUND', undefined, { entity: SUBMISSION_ENTITY, id });
  return row;
}

function stateError(key: Parameters<typeof fieldError>[1], params?: Record<string, string | number>): AppError {
  const base = fieldError('status', key, params);
  return new AppError('REPORT_STATE', undefined, base.details);
}

function change(m: ReportMutation, before: ReportSubmissionRow, patch: Partial<ReportSubmissionRow>): ReportSubmissionRow {
  updateSubmission(m.store.db, before.id, { ...patch, updatedAt: m.at });
  const after = requireSubmission(m.store, before.id);
  const { snapshot: _b, ...beforeLog } = before;
  const { snapshot: _a, ...afterLog } = after;
  m.audit({ action: 'update', entity: SUBMISSION_ENTITY, entityId: before.id, before: beforeLog, after: afterLog });
  return after;
}

/** The working revision of a park's report for a period, created as 草稿 (header pre-filled) when there is none. */
export function openSubmission(m: ReportMutation, parkId: string, code: ReportCode, period: string): ReportSubmissionRow {
  if (!isPeriodOf(code, period)) throw fieldError('period', 'report.period');
  const existing = latestSubmission(m.store.db, parkId, code, period);
  if (existing) return existing;
  const park = getLivePark(m.store.db, parkId);
  if (!park) throw new AppError('NOT_FOUND', undefined, { entity: 'park', id: parkId });
  const id = randomUUID();
  const header: ReportHeader = { ...emptyHeader(park.name), preparer: m.actor, reportDate: m.at.slice(0, 10) };
  insertSubmission(m.store.db, {
    id, parkId, reportCode: code, period, revision: 1, status: 'draft', templateVersion: loadReportTemplate(code).version,
    header, manualValues: {}, createdAt: m.at, updatedAt: m.at,
  });
  const created = requireSubmission(m.store, id);
  m.audit({ action: 'create', entity: SUBMISSION_ENTITY, entityId: id, before: null, after: created });
  return created;
}

function refuseSent(row: ReportSubmissionRow): void {
  if (isSent(row)) throw new AppError('REPORT_NOT_EDITABLE', undefined, { id: row.id, status: row.status });
}

/**
 * Merges the header fields given and the manual values given (a number sets a cell, null clears it) into the
 * draft. A cell the store computes is refused at `manualValues.<row>.<column>`.
 */
export function saveManual(
  m: ReportMutation,
  id: string,
  input: { header?: Partial<ReportHeader>; manualValues?: Record<string, Record<string, number | null>> },
): ReportSubmissionRow {
  const row = requireSubmission(m.store, id);
  refuseSent(row);
  const computed = buildReportValues(m.store, row.reportCode as ReportCode, row.parkId, row.period);
  const manual: ManualValues = structuredClone(row.manualValues as ManualValues);
  for (const [r, columns] of Object.entries(input.manualValues ?? {})) {
    for (const [column, value] of Object.entries(columns)) {
      const known = computed.indicators[r] !== undefined && column in computed.indicators[r]!;
      if (!known || !isEditable(computed.code, r, column, computed.indicators[r]![column] ?? null)) {
        throw fieldError(`manualValues.${r}.${column}`, 'report.cell.notEditable');
      }
      if (value === null) delete manual[r]?.[column];
      else (manual[r] ??= {})[column] = value;
      if (manual[r] && Object.keys(manual[r]).length === 0) delete manual[r];
    }
  }
  const given = Object.fromEntries(Object.entries(input.header ?? {}).filter(([, value]) => value !== undefined));
  const header = { ...(row.header as ReportHeader), ...given };
  forgetExports(id);
  return change(m, row, { header, manualValues: manual, status: 'draft', validatedAt: null });
}

/** Checks the report as it would be sent; clean → 已校验, else it stays (or falls back to) 草稿. */
export function validateSubmission(m: ReportMutation, id: string): { row: ReportSubmissionRow; problems: ReportProblem[] } {
  const row = requireSubmission(m.store, id);
  refuseSent(row);
  const { values } = workingValues(m.store, row);
  const problems = validateReport(values, unlockedMonths(m.store, row.parkId, row.period));
  const status = problems.length === 0 ? 'validated' : 'draft';
  if (status === row.status) return { row, problems };
  return { row: change(m, row, { status, validatedAt: status === 'validated' ? m.at : null }), problems };
}

/** 已校验 → 已报送: freezes the values that went into the exported file with that file's hash and name. */
export function submitSubmission(m: ReportMutation, id: string, fileSha256: string): ReportSubmissionRow {
  const row = requireSubmission(m.store, id);
  refuseSent(row);
  if (row.status !== 'validated') throw stateError('report.state.notValidated');
  const file = findExport(id, fileSha256);
  if (!file) throw new AppError('REPORT_FILE_UNKNOWN', undefined, { id, fileSha256 });
  return change(m, row, { status: 'submitted', snapshot: file.values, fileSha256: file.sha256, fileName: file.fileName, submittedAt: m.at });
}

export function lockSubmission(m: ReportMutation, id: string): ReportSubmissionRow {
  const row = requireSubmission(m.store, id);
  if (row.status !== 'submitted') throw stateError('report.state.notSubmitted');
  return change(m, row, { status: 'locked', lockedAt: m.at });
}

/** A correction of the latest sent revision: a new 草稿 (revision + 1) with its header and manual values. */
export function reviseSubmission(m: ReportMutation, id: string): ReportSubmissionRow {
  const row = requireSubmission(m.store, id);
  if (!isSent(row)) throw stateError('report.state.notSent');
  const latest = latestSubmission(m.store.db, row.parkId, row.reportCode, row.period)!;
  if (latest.id !== row.id) throw stateError('report.state.notLatest', { revision: latest.revision });
  const newId = randomUUID();
  insertSubmission(m.store.db, {
    id: newId, parkId: row.parkId, reportCode: row.reportCode, period: row.period, revision: row.revision + 1, status: 'draft',
    templateVersion: loadReportTemplate(row.reportCode as ReportCode).version, header: { ...(row.header as ReportHeader), reportDate: m.at.slice(0, 10) },
    manualValues: row.manualValues, supersedesId: row.id, createdAt: m.at, updatedAt: m.at,
  });
  const created = requireSubmission(m.store, newId);
  m.audit({ action: 'create', entity: SUBMISSION_ENTITY, entityId: newId, before: null, after: created });
  return created;
}
