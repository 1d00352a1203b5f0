import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, type AuditAction, type AuditRow, type AuditSource } from '../schema';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  at: string;
  /** Absent: a person in the window ('ui'), or the app itself for demo seeding. */
  source?: AuditSource;
}

export function insertAudit(db: Db, entry: AuditEntry): void {
  const source = entry.source ?? (entry.action === 'seed' ? 'system' : 'ui');
  db.insert(auditLog)
    .values({ ...entry, source, before: entry.before ?? null, after: entry.after ?? null })
    .run();
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actor?: string;
  source?: AuditSource;
  /** ISO instants, from inclusive, to exclusive: the renderer turns the user's local days into them. */
  fromAt?: string;
  toAt?: string;
}

function auditWhere(filter: AuditFilter): SQL | undefined {
  return and(
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    filter.actor ? eq(auditLog.actor, filter.actor) : undefined,
    filter.source ? eq(auditLog.source, filter.source) : undefined,
    filter.fromAt ? gte(auditLog.at, filter.fromAt) : undefined,
    filter.toAt ? lt(auditLog.at, filter.toAt) : undefined,
  );
}

/** One page of the trail, newest first, and how many rows match in all. */
export function pageAudit(db: Db, filter: AuditFilter, offset: number, limit: number): { rows: AuditRow[]; total: number } {
  const where = auditWhere(filter);
  const rows = db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit).offset(offset).all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Every matching row, oldest first, a batch at a time: the export of 100 000 rows never holds them all. */
export function* iterateAudit(db: Db, filter: AuditFilter, batch = 2000): Generator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows = db
      .select()
      .from(auditLog)
      .where(and(auditWhere(filter), gte(auditLog.seq, after + 1)))
      .orderBy(asc(auditLog.seq))
      .limit(batch)
      .all();
    yield* rows;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/** The operators and record types that occur in the trail, for the viewer's filters. */
export function auditFacets(db: Db): { actors: string[]; entities: string[] } {
  const actors = db.selectDistinct({ v: auditLog.actor }).from(auditLog).orderBy(asc(auditLog.actor)).all();
  const entities = db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(asc(auditLog.entity)).all();
  return { actors: actors.map((r) => r.v), entities: entities.map((r) => r.v) };
}

export function listAuditFor(db: Db, entity: string, entityId: string): AuditRow[] {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.seq))
    .all();
}

/**
 * Rows of child records whose id is written `<parentId>/<childId>` (arrivals of a project), found through
 * the (entity, entity_id) index as a range rather than a scan.
 */
export function listAuditUnder(db: Db, entity: string, parentId: string): AuditRow[] {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), gte(auditLog.entityId, `${parentId}/`), lt(auditLog.entityId, `${parentId}0`)))
    .orderBy(asc(auditLog.seq))
    .all();
}
