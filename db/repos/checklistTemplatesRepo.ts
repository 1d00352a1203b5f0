import { and, asc, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { ChecklistDomain } from '../reference/checklists';
import { checklistTemplates, type ChecklistTemplateRow } from '../schema';

export interface ChecklistTemplateListQuery {
  includeSuperseded?: boolean;
  domain?: ChecklistDomain;
}

export function listChecklistTemplates(db: Db, query: ChecklistTemplateListQuery = {}): ChecklistTemplateRow[] {
  const conditions: (SQL | undefined)[] = [];
  if (!query.includeSuperseded) conditions.push(isNull(checklistTemplates.supersededAt));
  if (query.domain) conditions.push(eq(checklistTemplates.domain, query.domain));
  return db
    .select()
    .from(checklistTemplates)
    .where(and(...conditions))
    .orderBy(asc(checklistTemplates.domain), asc(checklistTemplates.nameZh), desc(checklistTemplates.version))
    .all();
}

export function getChecklistTemplate(db: Db, id: string): ChecklistTemplateRow | undefined {
  return db.select().from(checklistTemplates).where(eq(checklistTemplates.id, id)).get();
}

export function checklistTemplatesByIds(db: Db, ids: readonly string[]): ChecklistTemplateRow[] {
  const unique = [...new Set(ids)];
  return unique.length ? db.select().from(checklistTemplates).where(inArray(checklistTemplates.id, unique)).all() : [];
}

export function currentChecklistTemplateOfFamily(db: Db, familyId: string): ChecklistTemplateRow | undefined {
  return db.select().from(checklistTemplates).where(and(eq(checklistTemplates.familyId, familyId), isNull(checklistTemplates.supersededAt))).get();
}

export function findCurrentChecklistTemplateByName(db: Db, nameZh: string): ChecklistTemplateRow | undefined {
  return db.select().from(checklistTemplates).where(and(eq(checklistTemplates.nameZh, nameZh), isNull(checklistTemplates.supersededAt))).get();
}

export function listChecklistTemplateVersions(db: Db, familyId: string) {
  return db
    .select({ id: checklistTemplates.id, version: checklistTemplates.version, nameZh: checklistTemplates.nameZh, createdAt: checklistTemplates.createdAt, createdBy: checklistTemplates.createdBy, supersededAt: checklistTemplates.supersededAt })
    .from(checklistTemplates)
    .where(eq(checklistTemplates.familyId, familyId))
    .orderBy(asc(checklistTemplates.version))
    .all();
}

export function insertChecklistTemplate(db: Db, row: ChecklistTemplateRow): void {
  db.insert(checklistTemplates).values(row).run();
}

export function supersedeChecklistTemplate(db: Db, id: string, at: string): void {
  db.update(checklistTemplates).set({ supersededAt: at }).where(eq(checklistTemplates.id, id)).run();
}
