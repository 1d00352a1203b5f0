import { and, asc, count, desc, eq, getTableColumns, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { importBatchRecords, importBatches, type ImportBatchRow, type NewImportBatchRow } from '../schema';

export function insertImportBatch(db: Db, row: NewImportBatchRow): void {
  db.insert(importBatches).values(row).run();
}

export function getImportBatch(db: Db, id: string): ImportBatchRow | undefined {
  return db.select().from(importBatches).where(eq(importBatches.id, id)).get();
}

export function updateImportBatch(db: Db, id: string, patch: Partial<NewImportBatchRow>): void {
  db.update(importBatches).set(patch).where(eq(importBatches.id, id)).run();
}

/** The earliest committed import of the same bytes: "this file was already imported on …". */
export function findCommittedBySha(db: Db, sha256: string, exceptId?: string): Pick<ImportBatchRow, 'id' | 'committedAt' | 'fileName'> | undefined {
  return db
    .select({ id: importBatches.id, committedAt: importBatches.committedAt, fileName: importBatches.fileName })
    .from(importBatches)
    .where(and(eq(importBatches.fileSha256, sha256), eq(importBatches.status, 'committed'), exceptId ? ne(importBatches.id, exceptId) : undefined))
    .orderBy(asc(importBatches.committedAt))
    .get();
}

/** Newest first, without the problem lists (a page of batches stays small). */
export function pageImportBatches(db: Db, offset: number, limit: number) {
  const { problems: _problems, ...columns } = getTableColumns(importBatches);
  const rows = db.select(columns).from(importBatches).orderBy(desc(importBatches.createdAt), asc(importBatches.id)).limit(limit).offset(offset).all();
  const total = db.select({ n: count() }).from(importBatches).get()?.n ?? 0;
  return { rows, total };
}

export function pageImportBatchRecords(db: Db, batchId: string, offset: number, limit: number) {
  const rows = db
    .select()
    .from(importBatchRecords)
    .where(eq(importBatchRecords.batchId, batchId))
    .orderBy(asc(importBatchRecords.seq))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(importBatchRecords).where(eq(importBatchRecords.batchId, batchId)).get()?.n ?? 0;
  return { rows, total };
}
