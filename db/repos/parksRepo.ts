import { and, asc, count, desc, eq, isNotNull, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { ParkKind, ParkLevel } from '../reference/parkKinds';
import { enterprises, parks, projects, type NewParkRow, type ParkRow } from '../schema';
import type { ParkSortField } from './parkSortFields';
import { likeContains } from './sqlText';


export interface ParkListQuery {
  search?: string;
  kind?: ParkKind;
  level?: ParkLevel;
  cityCode?: string;
  sortBy?: ParkSortField;
  sortDir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

function listFilter(query: ParkListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(parks.deletedAt)];
  const search = query.search?.trim();
  if (search) {
    const pattern = likeContains(search);
    conditions.push(
      or(
        sql`${parks.name} LIKE ${pattern} ESCAPE '\\'`,
        sql`${parks.nameEn} LIKE ${pattern} ESCAPE '\\'`,
        sql`${parks.notes} LIKE ${pattern} ESCAPE '\\'`,
      ),
    );
  }
  if (query.kind) conditions.push(eq(parks.kind, query.kind));
  if (query.level) conditions.push(eq(parks.level, query.level));
  // GB/T 2260: a city's districts share its first four digits.
  if (query.cityCode) conditions.push(like(parks.divisionCode, `${query.cityCode.slice(0, 4)}%`));
  return and(...conditions);
}

export function listParks(db: Db, query: ParkListQuery): { rows: ParkRow[]; total: number } {
  const where = listFilter(query);
  const column = parks[query.sortBy ?? 'name'];
  const order = query.sortDir === 'desc' ? desc(column) : asc(column);
  const rows = db
    .select()
    .from(parks)
    .where(where)
    .orderBy(order, asc(parks.id))
    .limit(query.limit ?? 500)
    .offset(query.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(parks).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function getLivePark(db: Db, id: string): ParkRow | undefined {
  return db
    .select()
    .from(parks)
    .where(and(eq(parks.id, id), isNull(parks.deletedAt)))
    .get();
}

export function findLiveParkByName(db: Db, name: string, exceptId?: string): ParkRow | undefined {
  const conditions = [eq(parks.name, name), isNull(parks.deletedAt)];
  if (exceptId) conditions.push(ne(parks.id, exceptId));
  return db.select().from(parks).where(and(...conditions)).get();
}

export function countHostedParks(db: Db, hostId: string): number {
  return (
    db
      .select({ n: count() })
      .from(parks)
      .where(and(eq(parks.hostParkId, hostId), isNull(parks.deletedAt)))
      .get()?.n ?? 0
  );
}

export function insertPark(db: Db, row: NewParkRow): void {
  db.insert(parks).values(row).run();
}

export function updatePark(db: Db, id: string, patch: Partial<NewParkRow>): void {
  db.update(parks).set(patch).where(eq(parks.id, id)).run();
}

export function softDeletePark(db: Db, id: string, at: string): void {
  db.update(parks).set({ deletedAt: at, updatedAt: at }).where(eq(parks.id, id)).run();
}

export function getDeletedPark(db: Db, id: string): ParkRow | undefined {
  return db
    .select()
    .from(parks)
    .where(and(eq(parks.id, id), isNotNull(parks.deletedAt)))
    .get();
}

export function undeletePark(db: Db, id: string, at: string): void {
  db.update(parks).set({ deletedAt: null, updatedAt: at }).where(eq(parks.id, id)).run();
}

export function countLiveParks(db: Db): number {
  return db.select({ n: count() }).from(parks).where(isNull(parks.deletedAt)).get()?.n ?? 0;
}

/** Live enterprises registered in a park and live projects located in it: what deleting the park would orphan. */
export function countRecordsInPark(db: Db, parkId: string): { enterprises: number; projects: number } {
  return {
    enterprises: db.select({ n: count() }).from(enterprises).where(and(eq(enterprises.parkId, parkId), isNull(enterprises.deletedAt))).get()?.n ?? 0,
    projects: db.select({ n: count() }).from(projects).where(and(eq(projects.parkId, parkId), isNull(projects.deletedAt))).get()?.n ?? 0,
  };
}
