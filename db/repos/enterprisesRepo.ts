import { and, asc, count, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { EnterpriseTag } from '../reference/investment';
import { enterprises, parks, type EnterpriseRow, type NewEnterpriseRow } from '../schema';
import { searchCondition } from './sqlText';

export interface EnterpriseListQuery {
  search?: string;
  parkId?: string;
  countryCode?: string;
  tag?: EnterpriseTag;
  sortBy?: 'name' | 'countryCode' | 'industryCode' | 'updatedAt';
  sortDir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

function listFilter(db: Db, query: EnterpriseListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(enterprises.deletedAt)];
  if (query.search?.trim()) conditions.push(searchCondition(enterprises.id, 'enterprise', query.search, db));
  if (query.parkId) conditions.push(eq(enterprises.parkId, query.parkId));
  if (query.countryCode) conditions.push(eq(enterprises.countryCode, query.countryCode));
  if (query.tag) conditions.push(sql`instr(${enterprises.tags}, ${`"${query.tag}"`}) > 0`);
  return and(...conditions);
}

export function listEnterprises(db: Db, query: EnterpriseListQuery) {
  const where = listFilter(db, query);
  const column = enterprises[query.sortBy ?? 'updatedAt'];
  const rows = db
    .select({ enterprise: enterprises, parkName: parks.name })
    .from(enterprises)
    .leftJoin(parks, eq(parks.id, enterprises.parkId))
    .where(where)
    .orderBy(query.sortDir === 'asc' ? asc(column) : desc(column), asc(enterprises.id))
    .limit(query.limit ?? 100)
    .offset(query.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(enterprises).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function getLiveEnterprise(db: Db, id: string): EnterpriseRow | undefined {
  return db.select().from(enterprises).where(and(eq(enterprises.id, id), isNull(enterprises.deletedAt))).get();
}

function liveExcept(exceptId: string | undefined): SQL[] {
  return [isNull(enterprises.deletedAt), ...(exceptId ? [ne(enterprises.id, exceptId)] : [])];
}

export function findLiveEnterpriseByCreditCode(db: Db, creditCode: string, exceptId?: string): EnterpriseRow | undefined {
  return db.select().from(enterprises).where(and(eq(enterprises.creditCode, creditCode), ...liveExcept(exceptId))).get();
}

export function findLiveEnterpriseByName(db: Db, name: string, exceptId?: string): EnterpriseRow | undefined {
  return db.select().from(enterprises).where(and(eq(enterprises.name, name), ...liveExcept(exceptId))).get();
}

export function insertEnterprise(db: Db, row: NewEnterpriseRow): void {
  db.insert(enterprises).values(row).run();
}

export function updateEnterprise(db: Db, id: string, patch: Partial<NewEnterpriseRow>): void {
  db.update(enterprises).set(patch).where(eq(enterprises.id, id)).run();
}
