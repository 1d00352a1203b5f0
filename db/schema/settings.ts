import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small key → JSON value store for app-wide choices (first-run decision, language, operator name). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
