import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../client';
import { calendarOverrides, type CalendarOverrideRow } from '../schema';

export function listOverrides(db: Db, year?: number): CalendarOverrideRow[] {
  const inYear = year === undefined ? undefined : and(gte(calendarOverrides.date, `${year}-01-01`), lte(calendarOverrides.date, `${year}-12-31`));
  return db.select().from(calendarOverrides).where(inYear).orderBy(asc(calendarOverrides.date)).all();
}

export function getOverride(db: Db, date: string): CalendarOverrideRow | undefined {
  return db.select().from(calendarOverrides).where(eq(calendarOverrides.date, date)).get();
}

export function upsertOverride(db: Db, row: CalendarOverrideRow): void {
  const { date: _date, ...values } = row;
  db.insert(calendarOverrides).values(row).onConflictDoUpdate({ target: calendarOverrides.date, set: values }).run();
}

export function deleteOverride(db: Db, date: string): void {
  db.delete(calendarOverrides).where(eq(calendarOverrides.date, date)).run();
}
