import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, type AuditAction, type AuditRow } from '../schema';

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  at: string;
}

export function insertAudit(db: Db, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null })
    .run();
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
