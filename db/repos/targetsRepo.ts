import { and, asc, count, desc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { followUps, targets, targetingFocus, type TargetRow } from '../schema';
import { searchCondition } from './sqlText';

export interface TargetListQuery {
  search?: string;
  countryCode?: string;
  industryCode?: string;
  status?: TargetRow['status'];
  priority?: TargetRow['priority'];
  parkId?: string;
  limit?: number;
  offset?: number;
}

function listFilter(db: Db, query: TargetListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(targets.deletedAt)];
  if (query.search?.trim()) conditions.push(searchCondition(targets.id, 'target', query.search, db));
  if (query.countryCode) conditions.push(eq(targets.countryCode, query.countryCode));
  if (query.industryCode) conditions.push(or(eq(targets.industryCode, query.industryCode), like(targets.industryCode, `${query.industryCode}%`)));
  if (query.status) conditions.push(eq(targets.status, query.status));
  if (query.priority) conditions.push(eq(targets.priority, query.priority));
  if (query.parkId) conditions.push(eq(targets.parkId, query.parkId));
  return and(...conditions);
}

/**
 * What is due next for a target: the due date of its latest follow-up (earlier ones were answered by the
 * entries after them). The outer column is written out because drizzle leaves it unqualified here.
 */
const nextDueColumn = sql<string | null>`(SELECT f.due_on FROM follow_ups f WHERE f.target_id = "targets"."id" ORDER BY f.happened_on DESC, f.created_at DESC LIMIT 1)`;

export function listTargets(db: Db, query: TargetListQuery) {
  const where = listFilter(db, query);
  const rows = db
    .select({ target: targets, nextDueOn: nextDueColumn })
    .from(targets)
    .where(where)
    .orderBy(asc(targets.priority), desc(targets.updatedAt), asc(targets.id))
    .limit(query.limit ?? 200)
    .offset(query.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(targets).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function getLiveTarget(db: Db, id: string): TargetRow | undefined {
  return db.select().from(targets).where(and(eq(targets.id, id), isNull(targets.deletedAt))).get();
}

export function insertTarget(db: Db, row: typeof targets.$inferInsert): void {
  db.insert(targets).values(row).run();
}

export function updateTarget(db: Db, id: string, patch: Partial<typeof targets.$inferInsert>): void {
  db.update(targets).set(patch).where(eq(targets.id, id)).run();
}

export function insertFollowUp(db: Db, row: typeof followUps.$inferInsert): void {
  db.insert(followUps).values(row).run();
}

/** A target's follow-ups, and after conversion the project's, in the order they happened. */
export function listFollowUps(db: Db, by: { targetId?: string | null; projectId?: string | null }) {
  const conditions = [
    by.targetId ? eq(followUps.targetId, by.targetId) : undefined,
    by.projectId ? eq(followUps.projectId, by.projectId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (conditions.length === 0) return [];
  return db.select().from(followUps).where(or(...conditions)).orderBy(asc(followUps.happenedOn), asc(followUps.createdAt)).all();
}

export function linkFollowUpsToProject(db: Db, targetId: string, projectId: string): void {
  db.update(followUps).set({ projectId }).where(eq(followUps.targetId, targetId)).run();
}

export function listFocus(db: Db) {
  return db.select().from(targetingFocus).orderBy(asc(targetingFocus.countryCode), asc(targetingFocus.industryCode)).all();
}

export function insertFocus(db: Db, row: typeof targetingFocus.$inferInsert): void {
  db.insert(targetingFocus).values(row).onConflictDoNothing().run();
}

/** Counts per country × industry division (first two digits of the GB/T 4754 code). */
export function countTargetsByCell(db: Db, parkId?: string) {
  return db
    .select({ countryCode: targets.countryCode, division: sql<string>`substr(${targets.industryCode}, 1, 2)`, n: count() })
    .from(targets)
    .where(and(isNull(targets.deletedAt), parkId ? eq(targets.parkId, parkId) : undefined))
    .groupBy(targets.countryCode, sql`substr(${targets.industryCode}, 1, 2)`)
    .all();
}
