import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EnterpriseTag } from '../reference/investment';
import { parks } from './parks';

export interface EnterpriseContact {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export const enterprises = sqliteTable(
  'enterprises',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Name in the investor's own language (Thyssenkrupp AG, 日本電産). */
    nameOriginal: text('name_original').notNull().default(''),
    creditCode: text('credit_code'),
    /** Why a code failing the GB 32100 check was kept anyway (some codes in circulation fail it). */
    creditCodeOverride: text('credit_code_override'),
    countryCode: text('country_code').notNull(),
    industryCode: text('industry_code').notNull(),
    parkId: text('park_id').references(() => parks.id),
    tags: text('tags', { mode: 'json' }).$type<EnterpriseTag[]>().notNull().default(sql`'[]'`),
    /** Derived from tags so lists and reports can filter on it with an index. */
    isFortune500: integer('is_fortune500', { mode: 'boolean' }).generatedAlwaysAs(sql`instr(tags, '"fortune500"') > 0`, { mode: 'virtual' }),
    registeredCapitalUsd: integer('registered_capital_usd'),
    contacts: text('contacts', { mode: 'json' }).$type<EnterpriseContact[]>().notNull().default(sql`'[]'`),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    uniqueIndex('enterprises_live_credit_code_unique').on(t.creditCode).where(sql`deleted_at IS NULL AND credit_code IS NOT NULL`),
    index('enterprises_name_idx').on(t.name),
    index('enterprises_park_idx').on(t.parkId),
  ],
);

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type NewEnterpriseRow = typeof enterprises.$inferInsert;
