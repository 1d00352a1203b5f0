import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { parks } from './parks';

export const SUBMISSION_STATUSES = ['draft', 'validated', 'submitted', 'locked'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * One provincial report (T1–T4) of one park for one period, as one revision. A correction after 已报送 is a
 * new revision (`revision + 1`, `supersedesId` → the one sent), so what was sent is never rewritten.
 */
export const reportSubmissions = sqliteTable(
  'report_submissions',
  {
    id: text('id').primaryKey(),
    parkId: text('park_id').notNull().references(() => parks.id),
    reportCode: text('report_code').notNull(),
    /** `2026-10` (T1, T2), `2026-Q3` (T3), `2026` (T4). */
    period: text('period').notNull(),
    revision: integer('revision').notNull(),
    status: text('status', { enum: SUBMISSION_STATUSES }).notNull(),
    templateVersion: text('template_version').notNull(),
    /** 填报单位, 单位负责人, 统计负责人, 填表人, 联系电话, 报出日期 as typed by the user. */
    header: text('header', { mode: 'json' }).notNull(),
    /** Values the user typed for cells the store cannot compute: row key → column key → value. */
    manualValues: text('manual_values', { mode: 'json' }).notNull(),
    /** Every value as sent (ReportValues), frozen at 已报送. */
    snapshot: text('snapshot', { mode: 'json' }),
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    validatedAt: text('validated_at'),
    submittedAt: text('submitted_at'),
    lockedAt: text('locked_at'),
    supersedesId: text('supersedes_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('report_submissions_revision_uq').on(t.parkId, t.reportCode, t.period, t.revision),
    index('report_submissions_period_idx').on(t.reportCode, t.period),
  ],
);

export const IMPORT_KINDS = ['ledger', 'indicators', 'consolidation'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_BATCH_STATUSES = ['dry_run', 'committed', 'failed', 'cancelled'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];

/** One workbook brought in: its dry run, then (all or nothing) its commit. */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    reportCode: text('report_code').notNull(),
    templateVersion: text('template_version'),
    fileName: text('file_name').notNull(),
    /** Detects the same file imported twice. */
    fileSha256: text('file_sha256').notNull(),
    fileBytes: integer('file_bytes').notNull(),
    status: text('status', { enum: IMPORT_BATCH_STATUSES }).notNull(),
    parkId: text('park_id').references(() => parks.id),
    period: text('period'),
    rowCount: integer('row_count').notNull().default(0),
    problemCount: integer('problem_count').notNull().default(0),
    /** (sheet, row, column, message) of the dry run, capped for very bad files. */
    problems: text('problems', { mode: 'json' }),
    /** What the commit did: created/updated counts per entity. */
    summary: text('summary', { mode: 'json' }),
    actor: text('actor').notNull(),
    createdAt: text('created_at').notNull(),
    committedAt: text('committed_at'),
  },
  (t) => [index('import_batches_sha_idx').on(t.fileSha256, t.status), index('import_batches_created_idx').on(t.createdAt)],
);

/** The records one committed batch created or updated, so a batch can be viewed record by record. */
export const importBatchRecords = sqliteTable(
  'import_batch_records',
  {
    batchId: text('batch_id').notNull().references(() => importBatches.id),
    seq: integer('seq').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update'] }).notNull(),
    /** Sheet row the record came from. */
    sourceRow: integer('source_row'),
  },
  (t) => [index('import_batch_records_batch_idx').on(t.batchId, t.seq)],
);

/** Province side: one park's T1/T3 workbook read into a consolidation batch. */
export const consolidationEntries = sqliteTable(
  'consolidation_entries',
  {
    id: text('id').primaryKey(),
    batchId: text('batch_id').notNull().references(() => importBatches.id),
    reportCode: text('report_code').notNull(),
    period: text('period').notNull(),
    /** 填报单位 as printed on the workbook. */
    reportingUnit: text('reporting_unit').notNull(),
    /** The park it matched by name, when it is one of ours. */
    parkId: text('park_id').references(() => parks.id),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** ReportValues.indicators as read. */
    values: text('values', { mode: 'json' }).notNull(),
  },
  (t) => [index('consolidation_entries_period_idx').on(t.reportCode, t.period)],
);

export type ReportSubmissionRow = typeof reportSubmissions.$inferSelect;
export type ImportBatchRow = typeof importBatches.$inferSelect;
export type NewImportBatchRow = typeof importBatches.$inferInsert;
