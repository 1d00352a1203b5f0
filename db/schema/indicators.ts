import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { parks } from './parks';

export const INDICATOR_VALUE_SOURCES = ['computed', 'manual', 'imported'] as const;
export type IndicatorValueSource = (typeof INDICATOR_VALUE_SOURCES)[number];

/**
 * One value of one indicator (db/reference/indicators.ts) for one park and period (`2026-10`, `2026-Q3`,
 * `2026`). Stored as an integer scaled by 10^decimals of its definition, so sums are exact. A missing row
 * means "no data", never zero.
 */
export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    parkId: text('park_id').notNull().references(() => parks.id),
    indicatorCode: text('indicator_code').notNull(),
    period: text('period').notNull(),
    scaledValue: integer('scaled_value').notNull(),
    source: text('source').$type<IndicatorValueSource>().notNull(),
    /** The import batch the value came from, when imported. */
    importBatchId: text('import_batch_id'),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.parkId, t.indicatorCode, t.period] }),
    // Covering, for sums across parks per indicator and period (DESIGN §6).
    index('indicator_values_code_period_park_idx').on(t.indicatorCode, t.period, t.parkId, t.scaledValue),
  ],
);

export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
