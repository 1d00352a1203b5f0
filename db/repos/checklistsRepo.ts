import { and, asc, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { OPEN_ITEM_STATUSES, type ChecklistDomain, type ItemStatus } from '../reference/checklists';
import {
  checklistAttachments,
  checklistItems,
  checklists,
  enterprises,
  parks,
  projects,
  type ChecklistAttachmentRow,
  type ChecklistItemRow,
  type ChecklistRow,
  type NewChecklistItemRow,
} from '../schema';

export function insertChecklist(db: Db, row: ChecklistRow): void {
  db.insert(checklists).values(row).run();
}

export function getChecklist(db: Db, id: string): ChecklistRow | undefined {
  return db.select().from(checklists).where(eq(checklists.id, id)).get();
}

export function listChecklistsOfEnterprise(db: Db, enterpriseId: string): ChecklistRow[] {
  return db.select().from(checklists).where(eq(checklists.enterpriseId, enterpriseId)).orderBy(desc(checklists.createdAt), asc(checklists.id)).all();
}

export function touchChecklist(db: Db, id: string, at: string): void {
  db.update(checklists).set({ updatedAt: at }).where(eq(checklists.id, id)).run();
}

/** A checklist's items are few (tens); one prepared insert each inside the caller's transaction. */
export function insertItems(db: Db, rows: readonly NewChecklistItemRow[]): void {
  for (const row of rows) db.insert(checklistItems).values(row).run();
}

export function getItem(db: Db, id: string): ChecklistItemRow | undefined {
  return db.select().from(checklistItems).where(eq(checklistItems.id, id)).get();
}

export function itemsOfChecklists(db: Db, checklistIds: readonly string[]): ChecklistItemRow[] {
  if (!checklistIds.length) return [];
  return db.select().from(checklistItems).where(inArray(checklistItems.checklistId, [...checklistIds])).orderBy(asc(checklistItems.checklistId), asc(checklistItems.seq)).all();
}

export function updateItem(db: Db, id: string, patch: Partial<NewChecklistItemRow>): void {
  db.update(checklistItems).set(patch).where(eq(checklistItems.id, id)).run();
}

/**
 * Where a checklist belongs: the project's park when it is for a project, else the enterprise's. The one
 * definition: the per-domain list filters by it and the dashboard's overdue count counts through countOpenItems.
 */
const parkIdOf = sql<string | null>`coalesce(${projects.parkId}, ${enterprises.parkId})`;

export interface OpenItemQuery {
  domain?: ChecklistDomain;
  /** The checklist's park is one of these (none or empty: every item, whatever its park). */
  parkIds?: readonly string[];
  /** One of the open statuses; all of them when left out. */
  status?: ItemStatus;
  assignee?: string;
  /** Only items due before this day (overdue as of it). */
  dueBefore?: string;
  limit?: number;
  offset?: number;
}

function openItemFilter(query: OpenItemQuery): SQL | undefined {
  return and(
    query.status ? eq(checklistItems.status, query.status) : inArray(checklistItems.status, [...OPEN_ITEM_STATUSES]),
    query.domain ? eq(checklistItems.domain, query.domain) : undefined,
    query.parkIds?.length ? inArray(parkIdOf, [...query.parkIds]) : undefined,
    query.assignee !== undefined ? eq(checklistItems.assignee, query.assignee) : undefined,
    query.dueBefore ? lt(checklistItems.dueOn, query.dueBefore) : undefined,
  );
}

/** Open items across the parks with their enterprise and park, earliest due first (undated last). */
export function listOpenItems(db: Db, query: OpenItemQuery) {
  const where = openItemFilter(query);
  const base = db
    .select({ item: checklistItems, checklistTitle: checklists.title, enterpriseId: enterprises.id, enterpriseName: enterprises.name, parkId: parkIdOf, parkName: parks.name })
    .from(checklistItems)
    .innerJoin(checklists, eq(checklists.id, checklistItems.checklistId))
    .innerJoin(enterprises, eq(enterprises.id, checklists.enterpriseId))
    .leftJoin(projects, eq(projects.id, checklists.projectId))
    .leftJoin(parks, sql`${parks.id} = ${parkIdOf}`)
    .where(where);
  const rows = base
    .orderBy(sql`${checklistItems.dueOn} IS NULL`, asc(checklistItems.dueOn), asc(enterprises.name), asc(checklistItems.seq))
    .limit(query.limit ?? 200)
    .offset(query.offset ?? 0)
    .all();
  return { rows, total: countOpenItems(db, query) };
}

/** How many open items the query matches (the list's total, and the dashboard's overdue count). */
export function countOpenItems(db: Db, query: OpenItemQuery): number {
  return (
    db
      .select({ n: count() })
      .from(checklistItems)
      .innerJoin(checklists, eq(checklists.id, checklistItems.checklistId))
      .innerJoin(enterprises, eq(enterprises.id, checklists.enterpriseId))
      .leftJoin(projects, eq(projects.id, checklists.projectId))
      .where(openItemFilter(query))
      .get()?.n ?? 0
  );
}

export function insertAttachment(db: Db, row: ChecklistAttachmentRow): void {
  db.insert(checklistAttachments).values(row).run();
}

export function getAttachment(db: Db, id: string): ChecklistAttachmentRow | undefined {
  return db.select().from(checklistAttachments).where(eq(checklistAttachments.id, id)).get();
}

export function attachmentsOfItems(db: Db, itemIds: readonly string[]): ChecklistAttachmentRow[] {
  if (!itemIds.length) return [];
  return db.select().from(checklistAttachments).where(inArray(checklistAttachments.itemId, [...itemIds])).orderBy(asc(checklistAttachments.createdAt), asc(checklistAttachments.name)).all();
}

export function deleteAttachment(db: Db, id: string): void {
  db.delete(checklistAttachments).where(eq(checklistAttachments.id, id)).run();
}
