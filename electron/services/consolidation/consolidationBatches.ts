import type { Store } from '../../../db/client';
import { entriesOfBatch, getConsolidationBatch, liveParksOfKinds, markBatchCommitted } from '../../../db/repos/consolidationRepo';
import type { ImportBatchRow } from '../../../db/schema';
import { AppError } from '../appError';
import type { ReportMutation } from '../reports/submissionLifecycle';
import type { IndicatorValues } from '../reports/reportContract';
import type { ConsolidationCheck } from './consolidationChecks';
import { buildSummaryWorkbook } from './summaryWorkbook';
import { XLSX_MIME } from '../reports/exportReport';
import { periodText } from '../excel/formText';

export const BATCH_ENTITY = 'consolidation_batch';

function requireBatch(store: Store, id: string): ImportBatchRow {
  const batch = getConsolidationBatch(store.db, id);
  if (!batch) throw new AppError('NOT_FOUND', undefined, { entity: BATCH_ENTITY, id });
  return batch;
}

/** A batch with its parks (values as read) and the checks of its dry run. */
export function consolidationDetail(store: Store, id: string) {
  const batch = requireBatch(store, id);
  const { problems, ...rest } = batch;
  const names = new Map(liveParksOfKinds(store.db).map((p) => [p.id, p.name]));
  const entries = entriesOfBatch(store.db, id)
    .map((e) => ({ id: e.id, reportingUnit: e.reportingUnit, parkId: e.parkId, parkName: (e.parkId && names.get(e.parkId)) || null, fileName: e.fileName, fileSha256: e.fileSha256, values: e.values as IndicatorValues }))
    .sort((a, b) => (a.parkName ?? a.reportingUnit).localeCompare(b.parkName ?? b.reportingUnit, 'zh-CN'));
  return { batch: rest, checks: (problems ?? []) as ConsolidationCheck[], parks: entries };
}

/** The dry run becomes what the province holds for that form and period (the newest committed batch wins). */
export function commitConsolidation(m: ReportMutation, id: string): ImportBatchRow {
  const before = requireBatch(m.store, id);
  if (before.status !== 'dry_run') throw new AppError('REPORT_STATE', undefined, { fields: [{ path: 'batchId', key: 'consolidation.alreadyCommitted' }], status: before.status });
  markBatchCommitted(m.store.db, id, m.at);
  const after = requireBatch(m.store, id);
  m.audit({ action: 'update', entity: BATCH_ENTITY, entityId: id, before: { status: before.status }, after: { status: after.status, committedAt: after.committedAt, parks: after.rowCount } });
  return after;
}

/** The summary workbook of a batch, with its checks printed under 说明. */
export async function exportConsolidation(store: Store, id: string) {
  const { batch, checks, parks } = consolidationDetail(store, id);
  const code = batch.reportCode as 'T1' | 'T3';
  const rows = parks.map((p) => ({ reportingUnit: p.parkName ?? p.reportingUnit, values: p.values }));
  const buffer = await buildSummaryWorkbook({ code, period: batch.period ?? '', parks: rows, notes: checks.map((c) => c.message) });
  const fileName = `${code === 'T1' ? '园区利用外资情况汇总表' : '园区主要经济指标汇总表'}_${periodText(batch.period ?? '')}.xlsx`;
  return { fileName, mimeType: XLSX_MIME, size: buffer.length, base64: buffer.toString('base64') };
}
