import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { WorkflowCategory } from '../reference/workflows';
import { workflowTemplates, type WorkflowTemplateRow } from '../schema';
import { likeContains } from './sqlText';

export interface TemplateListQuery {
  includeSuperseded?: boolean;
  category?: WorkflowCategory;
  search?: string;
}

/** Applications not yet completed, rejected or withdrawn, per template version (the outer table is written out). */
const openApplicationsColumn = sql<number>`(SELECT count(*) FROM workflow_applications a WHERE a.template_id = "workflow_templates"."id" AND a.status NOT IN ('completed', 'rejected', 'withdrawn'))`;

export function listTemplates(db: Db, query: TemplateListQuery = {}) {
  const conditions: (SQL | undefined)[] = [];
  if (!query.includeSuperseded) conditions.push(isNull(workflowTemplates.supersededAt));
  if (query.category) conditions.push(eq(workflowTemplates.category, query.category));
  if (query.search?.trim()) conditions.push(sql`${workflowTemplates.name} LIKE ${likeContains(query.search.trim())} ESCAPE '\\'`);
  return db
    .select({ template: workflowTemplates, openApplications: openApplicationsColumn })
    .from(workflowTemplates)
    .where(and(...conditions))
    .orderBy(asc(workflowTemplates.category), asc(workflowTemplates.name), desc(workflowTemplates.version))
    .all();
}

export function getTemplate(db: Db, id: string): WorkflowTemplateRow | undefined {
  return db.select().from(workflowTemplates).where(eq(workflowTemplates.id, id)).get();
}

/** Template versions by id, each parsed once however many applications run on it. */
export function templatesByIds(db: Db, ids: readonly string[]): Map<string, WorkflowTemplateRow> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? db.select().from(workflowTemplates).where(inArray(workflowTemplates.id, unique)).all() : [];
  return new Map(rows.map((row) => [row.id, row]));
}

export function currentTemplateOfFamily(db: Db, familyId: string): WorkflowTemplateRow | undefined {
  return db.select().from(workflowTemplates).where(and(eq(workflowTemplates.familyId, familyId), isNull(workflowTemplates.supersededAt))).get();
}

export function findCurrentTemplateByName(db: Db, name: string): WorkflowTemplateRow | undefined {
  return db.select().from(workflowTemplates).where(and(eq(workflowTemplates.name, name), isNull(workflowTemplates.supersededAt))).get();
}

export function listVersions(db: Db, familyId: string) {
  return db
    .select({ id: workflowTemplates.id, version: workflowTemplates.version, name: workflowTemplates.name, createdAt: workflowTemplates.createdAt, createdBy: workflowTemplates.createdBy, supersededAt: workflowTemplates.supersededAt })
    .from(workflowTemplates)
    .where(eq(workflowTemplates.familyId, familyId))
    .orderBy(asc(workflowTemplates.version))
    .all();
}

export function insertTemplate(db: Db, row: WorkflowTemplateRow): void {
  db.insert(workflowTemplates).values(row).run();
}

export function supersedeTemplate(db: Db, id: string, at: string): void {
  db.update(workflowTemplates).set({ supersededAt: at }).where(eq(workflowTemplates.id, id)).run();
}
