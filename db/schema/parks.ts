import { sql } from 'drizzle-orm';
import { index, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { PARK_KINDS, PARK_LEVELS } from '../reference/parkKinds';

export const parks = sqliteTable(
  'parks',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull().default(''),
    kind: text('kind', { enum: PARK_KINDS }).notNull(),
    level: text('level', { enum: PARK_LEVELS }).notNull(),
    /** ISO 3166-1 alpha-2 codes, JSON array. */
    partnerCountries: text('partner_countries', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** GB/T 2260 code of the county or city the park lies in. */
    divisionCode: text('division_code').notNull(),
    /** The development zone hosting this park when it is a 园中园. */
    hostParkId: text('host_park_id').references((): AnySQLiteColumn => parks.id),
    establishedOn: text('established_on'),
    areaMu: real('area_mu'),
    leadingIndustries: text('leading_industries', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Soft delete: later reports reference parks, so a deleted park stays restorable. */
    deletedAt: text('deleted_at'),
  },
  (t) => [
    uniqueIndex('parks_live_name_unique').on(t.name).where(sql`deleted_at IS NULL`),
    index('parks_division_idx').on(t.divisionCode),
  ],
);

export type ParkRow = typeof parks.$inferSelect;
export type NewParkRow = typeof parks.$inferInsert;
