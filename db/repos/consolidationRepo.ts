import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { consolidationEntries, importBatches, parks, type ImportBatchRow } from '../schema';
import type { ParkKind } from '../reference/parkKinds';

export type ConsolidationEntryRow = typeof consolidationEntries.$inferSelect;

export function insertConsolidationBatch(db: Db, batch: typeof importBatches.$inferInsert, entries: (typeof consolidationEntries.$inferInsert)[]): void {
  db.insert(importBatches).values(batch).run();
  for (const entry of entries) db.insert(consolidationEntries).values(entry).run();
}

export function getConsolidationBatch(db: Db, id: string): ImportBatchRow | undefined {
  return db.select().from(importBatches).where(and(eq(importBatches.id, id), eq(importBatches.kind, 'consolidation'))).get();
}

export function entriesOfBatch(db: Db, batchId: string): ConsolidationEntryRow[] {
  return db.select().from(consolidationEntries).where(eq(consolidationEntries.batchId, batchId)).orderBy(consolidationEntries.reportingUnit).all();
}

export function markBatchCommitted(db: Db, id: string, at: string): void {
  db.update(importBatches).set({ status: 'committed', committedAt: at }).where(eq(importBatches.id, id)).run();
}

/** The newest committed consolidation of a form and period: what the province holds for it. */
export function latestCommittedBatch(db: Db, code: string, period: string): ImportBatchRow | undefined {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.kind, 'consolidation'), eq(importBatches.status, 'committed'), eq(importBatches.reportCode, code), eq(importBatches.period, period)))
    .orderBy(desc(importBatches.committedAt))
    .get();
}

export function listConsolidationBatches(db: Db, filter: { code?: string; period?: string }): ImportBatchRow[] {
  return db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.kind, 'consolidation'), filter.code ? eq(importBatches.reportCode, filter.code) : undefined, filter.period ? eq(importBatches.period, filter.period) : undefined))
    .orderBy(desc(importBatches.createdAt))
    .all();
}

/** Live parks, optionally of some kinds: the parks a consolidation expects a report from. */
export function liveParksOfKinds(db: Db, kinds?: readonly ParkKind[]): { id: string; name: string; kind: ParkKind }[] {
  const rows = db.select({ id: parks.id, name: parks.name, kind: parks.kind }).from(parks).where(isNull(parks.deletedAt)).orderBy(parks.name).all();
  return kinds ? rows.filter((p) => kinds.includes(p.kind)) : rows;
}
