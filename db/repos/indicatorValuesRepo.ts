import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { indicatorValues, type IndicatorValueSource } from '../schema';

/** Scaled values (value × 10^decimals) of one park for some indicators and periods: `${code}@${period}` → value. */
export function indicatorValuesOf(db: Db, parkId: string, codes: readonly string[], periods: readonly string[]): Map<string, number> {
  const rows = db
    .select({ code: indicatorValues.indicatorCode, period: indicatorValues.period, scaled: indicatorValues.scaledValue })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.parkId, parkId), inArray(indicatorValues.indicatorCode, [...codes]), inArray(indicatorValues.period, [...periods])))
    .all();
  return new Map(rows.map((r) => [`${r.code}@${r.period}`, r.scaled]));
}

/** Adds a value unless one is already stored for that park, indicator and period (the demo seed's idempotence). */
export function insertIndicatorValueIfAbsent(
  db: Db,
  row: { parkId: string; indicatorCode: string; period: string; scaledValue: number; source: IndicatorValueSource; updatedAt: string; updatedBy: string },
): boolean {
  const result = db.insert(indicatorValues).values(row).onConflictDoNothing().run();
  return result.changes > 0;
}
