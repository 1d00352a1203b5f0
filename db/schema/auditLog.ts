import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'seed', 'lock', 'unlock'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Where a change came from: a person in the window, a workbook, the command line, the app itself, a restore. */
export const AUDIT_SOURCES = ['ui', 'import', 'cli', 'system', 'restore'] as const;
export type AuditSource = (typeof AUDIT_SOURCES)[number];

export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    source: text('source', { enum: AUDIT_SOURCES }).notNull().default('ui'),
  },
  // The viewer filters by record, by operator and by day; each filter has an index that ends in seq, so a page
  // of the newest rows is read in order without sorting 100 000 rows.
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId, t.seq),
    index('audit_actor_idx').on(t.actor, t.seq),
    index('audit_at_idx').on(t.at),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
