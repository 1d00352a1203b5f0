import { setImmediate as nextTurn } from 'node:timers/promises';
import { findCommittedBySha, getImportBatch, updateImportBatch } from '../../../db/repos/importBatchesRepo';
import type { ImportBatchRow } from '../../../db/schema';
import { localToday } from '../../api/contract/fields';
import { AppError } from '../appError';
import { backupStore } from '../backup/backupStore';
import { suspendSearchTriggers } from './bulkSearchIndex';
import { importError, toCommitError } from './commitErrors';
import type { ImportHost, Progress } from './importHost';
import { noProgress } from './importHost';
import { loadParsed, removeParsed, requireDataDir } from './importFiles';
import { planImport } from './importPlan';
import { countWrites } from './plannedWrite';
import { preparePlanWriter } from './planWriter';
import { STORED_PROBLEMS } from './dryRun';

/** Records written between two looks at the cancel button and two progress reports. */
const CHUNK = 500;
/**
 * Page cache for the import's transaction (KiB, SQLite's negative form). With the default 2 MB a 100 000-row
 * ledger spills and rereads its index pages (random UUID keys, the search index) and writes take twice as long.
 */
const IMPORT_CACHE_KIB = 128 * 1024;

export interface CommitRequest {
  batchId: string;
  confirmDuplicate?: boolean;
}

function refuseUncommittable(host: ImportHost, batch: ImportBatchRow, confirmDuplicate: boolean): void {
  if (batch.status === 'committed') throw new AppError('IMPORT_ALREADY_COMMITTED', undefined, { batchId: batch.id });
  if (batch.problemCount > 0) throw importError('IMPORT_HAS_PROBLEMS', { count: batch.problemCount }, { batchId: batch.id });
  const duplicate = findCommittedBySha(host.store.db, batch.fileSha256, batch.id);
  if (duplicate && !confirmDuplicate) {
    throw importError('IMPORT_DUPLICATE', { committedAt: duplicate.committedAt ?? '', fileName: duplicate.fileName }, { duplicateOf: { batchId: duplicate.id, committedAt: duplicate.committedAt, fileName: duplicate.fileName } });
  }
}

/** After a rollback the batch says what happened; on a full disk even that may not be writable, and nothing is lost by skipping it. */
function markUnsuccessful(host: ImportHost, batchId: string, status: 'failed' | 'cancelled', error: AppError, extra: Partial<ImportBatchRow> = {}): void {
  try {
    updateImportBatch(host.store.db, batchId, { status, summary: { error: { code: error.code, message: error.message } }, ...extra });
  } catch {
    // The batch stays as its dry run left it, which is true: nothing of it was imported.
  }
}

/**
 * Commit: a verified before-import backup first (outside any transaction), then every record of the batch in ONE
 * transaction on the store's own connection — all of it or none. The transaction stays open across short pauses
 * (every CHUNK records) so the window can show progress and cancel; meanwhile the dispatcher refuses other
 * changes (IMPORT_RUNNING) and the session refuses a restore, so nothing else can slip into the transaction.
 */
export async function commitImport(host: ImportHost, request: CommitRequest, progress: Progress = noProgress, signal?: AbortSignal) {
  const dataDir = requireDataDir(host.dataDir);
  const store = host.store;
  const batch = getImportBatch(store.db, request.batchId);
  if (!batch) throw new AppError('NOT_FOUND', undefined, { entity: 'import_batch', id: request.batchId });
  refuseUncommittable(host, batch, request.confirmDuplicate ?? false);
  const cache = loadParsed(dataDir, batch.id);
  if (store.sqlite.inTransaction) throw new AppError('IMPORT_RUNNING');
  const release = host.storeSession?.busy() ?? (() => {});
  let ownsTransaction = false;
  let restoreCache = () => {};
  try {
    progress({ phase: 'backup', done: 0, total: 0 });
    let backupName: string;
    try {
      backupName = (await backupStore(store, dataDir, 'before-import', { now: host.now(), ...(host.appVersion ? { appVersion: host.appVersion } : {}) })).name;
    } catch (error) {
      const cause = error instanceof AppError ? error.message : (error as Error)?.message ?? String(error);
      throw importError('IMPORT_BACKUP_FAILED', { reason: cause }, { cause: error instanceof AppError ? error.code : cause });
    }
    signal?.throwIfAborted();

    // Checked again after the await above: another import may have begun meanwhile, and its transaction is not ours to roll back.
    if (store.sqlite.inTransaction) throw new AppError('IMPORT_RUNNING');
    restoreCache = widenCache(store.sqlite);
    // The plan is made inside the transaction: it pauses for progress and cancel, and nothing can change the store
    // under it meanwhile (other changes are refused while the transaction is open).
    store.sqlite.exec('BEGIN IMMEDIATE');
    ownsTransaction = true;
    progress({ phase: 'validate' });
    const now = host.now();
    const at = now.toISOString();
    const result = await planImport(store.db, cache.parsed, { parkId: cache.parkId, period: cache.period, at, actor: host.actor, today: localToday(now) }, signal);
    if (result.problems.length > 0) {
      store.sqlite.exec('ROLLBACK');
      ownsTransaction = false;
      const stale = importError('IMPORT_STALE', { count: result.problems.length }, { batchId: batch.id });
      markUnsuccessful(host, batch.id, 'failed', stale, { problems: result.problems.slice(0, STORED_PROBLEMS), problemCount: result.problems.length });
      throw stale;
    }
    const writes = result.plan.writes;
    const searchIndex = suspendSearchTriggers(store.sqlite);
    const writer = preparePlanWriter(store.sqlite, { batchId: batch.id, actor: host.actor, at });
    progress({ phase: 'write', done: 0, total: writes.length });
    for (let i = 0; i < writes.length; i += 1) {
      writer.write(writes[i]!, i + 1);
      if ((i + 1) % CHUNK === 0) {
        progress({ done: i + 1 });
        await nextTurn();
        signal?.throwIfAborted();
      }
    }
    searchIndex.catchUp(batch.id);
    const summary = { ...countWrites(writes), unchanged: result.plan.unchanged, backup: backupName };
    updateImportBatch(store.db, batch.id, { status: 'committed', committedAt: at, summary, parkId: result.parkId, period: result.period });
    store.sqlite
      .prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, source) VALUES (?, ?, 'create', 'import_batch', ?, NULL, ?, 'import')`)
      .run(at, host.actor, batch.id, JSON.stringify({ fileName: batch.fileName, reportCode: batch.reportCode, fileSha256: batch.fileSha256, ...summary }));
    store.sqlite.exec('COMMIT');
    ownsTransaction = false;
    progress({ done: writes.length });
    removeParsed(dataDir, batch.id);
    return { batchId: batch.id, summary };
  } catch (error) {
    if (ownsTransaction && store.sqlite.inTransaction) {
      try {
        store.sqlite.exec('ROLLBACK');
      } catch {
        // SQLite already rolled back by itself (it does on a full disk); the store holds nothing of the import.
      }
    }
    const cancelled = signal?.aborted === true;
    const appError = toCommitError(error, cancelled);
    if (ownsTransaction || cancelled) markUnsuccessful(host, batch.id, cancelled ? 'cancelled' : 'failed', appError);
    throw appError;
  } finally {
    restoreCache();
    release();
  }
}

function widenCache(sqlite: ImportHost['store']['sqlite']): () => void {
  const previous = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  return () => sqlite.pragma(`cache_size = ${previous}`);
}

export type CommitResult = Awaited<ReturnType<typeof commitImport>>;
