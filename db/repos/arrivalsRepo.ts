import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { fdiArrivals, fdiMonthLocks, type FdiArrivalRow } from '../schema';

export function listArrivalsOfProject(db: Db, projectId: string): FdiArrivalRow[] {
  return db.select().from(fdiArrivals).where(eq(fdiArrivals.projectId, projectId)).orderBy(asc(fdiArrivals.arrivedOn)).all();
}

export function getArrival(db: Db, id: string): FdiArrivalRow | undefined {
  return db.select().from(fdiArrivals).where(eq(fdiArrivals.id, id)).get();
}

export function insertArrival(db: Db, row: typeof fdiArrivals.$inferInsert): void {
  db.insert(fdiArrivals).values(row).run();
}

export function deleteArrival(db: Db, id: string): void {
  db.delete(fdiArrivals).where(eq(fdiArrivals.id, id)).run();
}

export function isMonthLocked(db: Db, parkId: string, period: string): boolean {
  return db.select().from(fdiMonthLocks).where(and(eq(fdiMonthLocks.parkId, parkId), eq(fdiMonthLocks.period, period))).get() !== undefined;
}

export function lockMonth(db: Db, parkId: string, period: string, at: string, by: string): void {
  db.insert(fdiMonthLocks).values({ parkId, period, lockedAt: at, lockedBy: by }).run();
}

export function unlockMonth(db: Db, parkId: string, period: string): void {
  db.delete(fdiMonthLocks).where(and(eq(fdiMonthLocks.parkId, parkId), eq(fdiMonthLocks.period, period))).run();
}

export function listLocks(db: Db, parkId?: string) {
  return db
    .select()
    .from(fdiMonthLocks)
    .where(parkId ? eq(fdiMonthLocks.parkId, parkId) : undefined)
    .orderBy(asc(fdiMonthLocks.period))
    .all();
}

/** Arrivals per month of one year (optionally one park), from the (period, park, amount) covering index. */
export function sumArrivalsByMonth(db: Db, year: number, parkId?: string): { period: string; amountUsd: number }[] {
  return db
    .select({ period: fdiArrivals.period, amountUsd: sql<number>`sum(${fdiArrivals.amountUsd})` })
    .from(fdiArrivals)
    .where(and(gte(fdiArrivals.period, `${year}-01`), lt(fdiArrivals.period, `${year + 1}-01`), parkId ? eq(fdiArrivals.parkId, parkId) : undefined))
    .groupBy(fdiArrivals.period)
    .orderBy(asc(fdiArrivals.period))
    .all();
}
