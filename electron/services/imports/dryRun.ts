import { createHash, randomUUID } from 'node:crypto';
import { findCommittedBySha, insertImportBatch } from '../../../db/repos/importBatchesRepo';
import { localToday } from '../../api/contract/fields';
import { AppError } from '../appError';
import type { ImportHost, Progress } from './importHost';
import { noProgress } from './importHost';
import { pruneOldUploads, removeUpload, requireDataDir, saveParsed, saveUpload } from './importFiles';
import { planImport } from './importPlan';
import { countWrites } from './plannedWrite';
import type { ParsedWorkbook } from './workbookTypes';

/** The batch keeps this many problems for the view and the problem copy; the count is always the true one. */
export const STORED_PROBLEMS = 1000;

export interface DryRunRequest {
  fileName: string;
  base64: string;
  parkId?: string;
  period?: string;
}

export interface UploadFacts {
  batchId: string;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  parkId?: string;
  period?: string;
}

/**
 * Dry run: the workbook goes through the engine's guard and isolated parser, then every record through the
 * import's checks against the store as it is now. Nothing but the batch row is written; a file the guard rejects
 * leaves no trace at all (no batch, no file).
 */
export async function dryRunImport(host: ImportHost, request: DryRunRequest, progress: Progress = noProgress, signal?: AbortSignal) {
  const dataDir = requireDataDir(host.dataDir);
  const bytes = Buffer.from(request.base64, 'base64');
  const batchId = randomUUID();
  try {
    pruneOldUploads(dataDir, host.now());
  } catch (error) {
    // Housekeeping only: a file that cannot be removed now is tried again at the next upload.
    console.warn('[imports] could not remove old uploads', error);
  }
  const file = saveUpload(dataDir, batchId, bytes);
  const facts: UploadFacts = {
    batchId,
    fileName: request.fileName,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    fileBytes: bytes.length,
    ...(request.parkId ? { parkId: request.parkId } : {}),
    ...(request.period ? { period: request.period } : {}),
  };
  // The session may not switch stores (a restore) while the workbook is parsed: the batch row belongs to this store.
  const release = host.storeSession?.busy() ?? (() => {});
  try {
    progress({ phase: 'parse', done: 0, total: 0 });
    const parsed = await host.read(file, { signal, onProgress: (rows) => progress({ phase: 'parse', done: rows }) });
    signal?.throwIfAborted();
    progress({ phase: 'validate' });
    return await recordDryRun(host, facts, parsed, signal);
  } catch (error) {
    removeUpload(dataDir, batchId);
    throw error;
  } finally {
    release();
  }
}

/** Checks a parsed workbook and stores the dry-run batch; the commit later reads the cached reading back. */
export async function recordDryRun(host: ImportHost, facts: UploadFacts, parsed: ParsedWorkbook, signal?: AbortSignal) {
  const dataDir = requireDataDir(host.dataDir);
  const now = host.now();
  const at = now.toISOString();
  const result = await planImport(host.store.db, parsed, { parkId: facts.parkId, period: facts.period, at, actor: host.actor, today: localToday(now) }, signal);
  // A commit's transaction may have opened while this was checked; the batch row must not be written inside it.
  if (host.store.sqlite.inTransaction) throw new AppError('IMPORT_RUNNING');
  const duplicate = findCommittedBySha(host.store.db, facts.fileSha256);
  const counts = countWrites(result.plan.writes);
  const problems = result.problems.slice(0, STORED_PROBLEMS);
  saveParsed(dataDir, facts.batchId, { parsed, parkId: facts.parkId, period: facts.period });
  insertImportBatch(host.store.db, {
    id: facts.batchId,
    kind: result.kind,
    reportCode: parsed.code,
    templateVersion: parsed.templateVersion,
    fileName: facts.fileName,
    fileSha256: facts.fileSha256,
    fileBytes: facts.fileBytes,
    status: 'dry_run',
    parkId: result.parkId,
    period: result.period,
    rowCount: parsed.rowCount,
    problemCount: result.problems.length,
    problems,
    summary: { ...counts, unchanged: result.plan.unchanged },
    actor: host.actor,
    createdAt: at,
  });
  return {
    batchId: facts.batchId,
    code: parsed.code,
    kind: result.kind,
    fileName: facts.fileName,
    parkId: result.parkId,
    period: result.period,
    rowCount: parsed.rowCount,
    problemCount: result.problems.length,
    problems,
    ...(duplicate ? { duplicateOf: { batchId: duplicate.id, committedAt: duplicate.committedAt!, fileName: duplicate.fileName } } : {}),
    preview: { ...counts, unchanged: result.plan.unchanged, sample: result.plan.sample },
  };
}

export type DryRunResult = Awaited<ReturnType<typeof recordDryRun>>;
