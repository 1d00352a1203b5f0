import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { getImportBatch, pageImportBatchRecords, pageImportBatches } from '../../db/repos/importBatchesRepo';
import { enterprises, projects } from '../../db/schema';
import { AppError } from '../services/appError';
import { commitImport } from '../services/imports/commitImport';
import { dryRunImport } from '../services/imports/dryRun';
import { readWorkbook } from '../services/imports/excelEngine';
import type { ImportHost } from '../services/imports/importHost';
import { problemCopy } from '../services/imports/problemCopy';
import { jobs } from '../services/jobs/jobRegistry';
import type { ApiContext } from './context';
import { importBatchInput, importCommitInput, importFileInput, importListInput, importRecordsInput } from './contract/importSchemas';
import { query } from './defineMethod';

/** The store is taken when the call starts: an import holds the session busy, so it cannot change under it. */
function hostOf(ctx: ApiContext): ImportHost {
  return {
    store: ctx.store,
    ...(ctx.storeSession ? { storeSession: ctx.storeSession } : {}),
    ...(ctx.dataDir ? { dataDir: ctx.dataDir } : {}),
    actor: ctx.actor,
    now: () => ctx.now(),
    appVersion: ctx.appVersion,
    read: readWorkbook,
  };
}

/** What the batch view shows for each record: the name the user knows it by. */
function labelsOf(db: Db, records: { entity: string; entityId: string }[]): Map<string, string> {
  const ids = (entity: string) => records.filter((r) => r.entity === entity).map((r) => r.entityId);
  const labels = new Map<string, string>();
  const enterpriseIds = ids('enterprise');
  const projectIds = ids('project');
  if (enterpriseIds.length) for (const e of db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, enterpriseIds)).all()) labels.set(e.id, e.name);
  if (projectIds.length) for (const p of db.select({ id: projects.id, name: projects.name }).from(projects).where(inArray(projects.id, projectIds)).all()) labels.set(p.id, p.name);
  return labels;
}

/**
 * Park-side imports: T2 ledger → enterprises and projects, T3/T4 → indicator values. Always a dry run first, then an
 * all-or-nothing commit. The commit is declared a query because it is asynchronous (backup first) and runs its own
 * transaction (services/imports/commitImport.ts) instead of the dispatcher's; it still writes audit rows.
 */
export const importsApi = {
  'imports.dryRun': query(importFileInput, (ctx, input) => dryRunImport(hostOf(ctx), input)),

  'imports.startDryRun': query(importFileInput, (ctx, input) => {
    const host = hostOf(ctx);
    return { jobId: jobs.start('imports.dryRun', (progress, signal) => dryRunImport(host, input, progress, signal)) };
  }),

  'imports.commit': query(importCommitInput, (ctx, input) => commitImport(hostOf(ctx), input)),

  'imports.startCommit': query(importCommitInput, (ctx, input) => {
    const host = hostOf(ctx);
    return { jobId: jobs.start('imports.commit', (progress, signal) => commitImport(host, input, progress, signal)) };
  }),

  'imports.list': query(importListInput, ({ store }, { page, pageSize }) => {
    const { rows, total } = pageImportBatches(store.db, (page - 1) * pageSize, pageSize);
    return { rows, total, page, pageSize };
  }),

  'imports.get': query(importRecordsInput, ({ store }, { batchId, offset, limit }) => {
    const batch = getImportBatch(store.db, batchId);
    if (!batch) throw new AppError('NOT_FOUND', undefined, { entity: 'import_batch', id: batchId });
    const { rows, total } = pageImportBatchRecords(store.db, batchId, offset, limit);
    const labels = labelsOf(store.db, rows);
    return {
      batch,
      records: rows.map((r) => ({ seq: r.seq, entity: r.entity, entityId: r.entityId, action: r.action, row: r.sourceRow, label: labels.get(r.entityId) ?? r.entityId })),
      recordsTotal: total,
    };
  }),

  'imports.problemCopy': query(importBatchInput, (ctx, { batchId }) => problemCopy(hostOf(ctx), batchId)),
};
