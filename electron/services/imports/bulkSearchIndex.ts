import type Database from 'better-sqlite3';

/**
 * The Chinese substring index (migration 0002) is kept by per-row triggers on enterprises and projects. A
 * statement whose triggers write to the FTS5 table opens a savepoint on it, and FTS5 flushes its pending terms
 * to disk at every savepoint (fts5SavepointMethod): written one statement per row, a 100 000-row ledger builds
 * and merges a tiny index segment per record, most of the import's write time.
 *
 * So the import, inside its own transaction, drops those four triggers, writes its rows, then brings the
 * index up to date for exactly the records of its batch with a few set-based statements (whose FTS5 work is
 * buffered in memory and flushed once), and re-creates the triggers from their stored SQL. DDL is
 * transactional in SQLite: a rollback, a cancel or a killed process leaves the triggers as they were.
 * The statements below give each row the text the triggers would have given it; the store ends up the same
 * (tests/integration/importSearchIndex.test.ts compares it with records written one by one through the API).
 */
const SUSPENDED_TRIGGERS = ['enterprises_search_ai', 'enterprises_search_au', 'projects_search_ai', 'projects_search_au'] as const;

/** The batch's records of one entity and action, from its import_batch_records rows (written with each record). */
const batchIds = (entity: 'enterprise' | 'project', action: 'create' | 'update') =>
  `SELECT entity_id FROM import_batch_records WHERE batch_id = @batchId AND entity = '${entity}' AND action = '${action}'`;

const ENTERPRISE_TEXT = `e.name || ' ' || e.name_original || ' ' || coalesce(e.credit_code, '')`;
const PROJECT_TEXT = `p.name || ' ' || e.name || ' ' || e.name_original`;

/**
 * New records in write order (seq), so each gets the search_index rowid the insert triggers would have given
 * it. A project's text names its enterprise; a project without a live enterprise row gets none, as in the trigger.
 */
const INSERT_CREATED = `
  INSERT INTO search_index (entity, entity_id, text)
  SELECT entity, entity_id, text FROM (
    SELECT r.seq, 'enterprise' AS entity, e.id AS entity_id, ${ENTERPRISE_TEXT} AS text
    FROM import_batch_records r JOIN enterprises e ON e.id = r.entity_id
    WHERE r.batch_id = @batchId AND r.entity = 'enterprise' AND r.action = 'create'
    UNION ALL
    SELECT r.seq, 'project', p.id, ${PROJECT_TEXT}
    FROM import_batch_records r JOIN projects p ON p.id = r.entity_id JOIN enterprises e ON e.id = p.enterprise_id
    WHERE r.batch_id = @batchId AND r.entity = 'project' AND r.action = 'create'
  ) ORDER BY seq`;

/** Updated enterprises get their new text; rows whose text did not change are left alone (same index content). */
const UPDATE_ENTERPRISES = `
  UPDATE search_index SET text = fresh.text
  FROM (SELECT e.id, ${ENTERPRISE_TEXT} AS text FROM enterprises e WHERE e.id IN (${batchIds('enterprise', 'update')})) AS fresh
  WHERE search_index.entity = 'enterprise' AND search_index.entity_id = fresh.id AND search_index.text <> fresh.text`;

/**
 * A project's text holds its enterprise's names, so it is refreshed when the project was updated or its
 * enterprise was (every project of that enterprise, deleted ones too, as enterprises_search_au does).
 */
const UPDATE_PROJECTS = `
  UPDATE search_index SET text = fresh.text
  FROM (
    SELECT p.id, ${PROJECT_TEXT} AS text FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE p.id IN (${batchIds('project', 'update')} UNION SELECT id FROM projects WHERE enterprise_id IN (${batchIds('enterprise', 'update')}))
  ) AS fresh
  WHERE search_index.entity = 'project' AND search_index.entity_id = fresh.id AND search_index.text <> fresh.text`;

export interface SuspendedSearchIndex {
  /** Indexes the batch's records and puts the triggers back; still inside the caller's transaction. */
  catchUp(batchId: string): void;
}

/** Must be called inside the import's transaction, before its first write. */
export function suspendSearchTriggers(sqlite: Database.Database): SuspendedSearchIndex {
  if (!sqlite.inTransaction) throw new Error('search triggers may only be suspended inside a transaction');
  const definitions = SUSPENDED_TRIGGERS.map((name) => {
    const row = sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?`).get(name) as { sql: string } | undefined;
    if (!row) throw new Error(`search trigger ${name} is missing from the store`);
    return row.sql;
  });
  for (const name of SUSPENDED_TRIGGERS) sqlite.exec(`DROP TRIGGER ${name}`);
  return {
    catchUp(batchId) {
      const params = { batchId };
      sqlite.prepare(INSERT_CREATED).run(params);
      sqlite.prepare(UPDATE_ENTERPRISES).run(params);
      sqlite.prepare(UPDATE_PROJECTS).run(params);
      for (const sql of definitions) sqlite.exec(sql);
    },
  };
}
