import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE, type KnownMigration } from '../../../db/migrationGuard';

/** The tables whose sizes a user recognises when choosing a backup: 园区, 企业, 项目, 政策, 审批, 清单. */
export const COUNTED_TABLES = ['parks', 'enterprises', 'projects', 'policies', 'workflow_applications', 'checklists', 'audit_log'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

export interface BackupContents {
  /** `PRAGMA integrity_check` said ok (the full check, not quick_check: a backup is about to be trusted). */
  integrityOk: boolean;
  /** Rows per main table; null where the backup's schema has no such table yet. Soft-deleted parks are not counted. */
  counts: Record<CountedTable, number | null>;
  /** Migrations applied in the backup, and whether any of them is unknown to this build (written by a newer app). */
  migrations: number;
  fromNewerApp: boolean;
  /** The newest audit_log time: when the data in the backup was last changed. */
  lastChangeAt: string | null;
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

function countRows(db: Database.Database, table: CountedTable): number | null {
  if (!tableExists(db, table)) return null;
  const where = table === 'parks' ? ' WHERE deleted_at IS NULL' : '';
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}${where}`).get() as { n: number }).n;
}

function appliedMigrations(db: Database.Database): KnownMigration[] {
  if (!tableExists(db, MIGRATIONS_TABLE)) return [];
  const rows = db.prepare(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE}`).all() as { hash: string; createdAt: number | string }[];
  return rows.map((r) => ({ hash: r.hash, folderMillis: Number(r.createdAt) }));
}

/** Rows per main table of any open database (a backup, or the live store). */
export function countMainTables(db: Database.Database): Record<CountedTable, number | null> {
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, countRows(db, t)])) as Record<CountedTable, number | null>;
}

/**
 * The migrations this build knows, read from the store it has open: that store was migrated to exactly this
 * build's set at start (or refused), so its history is the build's history without needing the folder.
 */
export function migrationsOfOpenStore(sqlite: Database.Database): KnownMigration[] {
  return appliedMigrations(sqlite);
}

function migrationState(db: Database.Database, known: KnownMigration[]): { migrations: number; fromNewerApp: boolean } {
  const applied = appliedMigrations(db);
  const knownHashes = new Set(known.map((m) => m.hash));
  const newestKnown = Math.max(0, ...known.map((m) => m.folderMillis));
  return { migrations: applied.length, fromNewerApp: applied.some((m) => !knownHashes.has(m.hash) && m.folderMillis > newestKnown) };
}

/**
 * Opens a backup read-only and reports what is in it. A file that is not a database at all, or fails the
 * check, comes back with `integrityOk: false` rather than an exception: the list shows it as damaged.
 */
export function readBackupContents(file: string, known: KnownMigration[], options: { skipIntegrityCheck?: boolean } = {}): BackupContents {
  const empty = Object.fromEntries(COUNTED_TABLES.map((t) => [t, null])) as Record<CountedTable, number | null>;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = options.skipIntegrityCheck ? 'ok' : db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return { integrityOk: false, counts: empty, migrations: 0, fromNewerApp: false, lastChangeAt: null };
    const counts = countMainTables(db);
    const lastChangeAt = tableExists(db, 'audit_log')
      ? ((db.prepare('SELECT MAX(at) AS at FROM audit_log').get() as { at: string | null }).at ?? null)
      : null;
    return { integrityOk: true, counts, ...migrationState(db, known), lastChangeAt };
  } catch {
    return { integrityOk: false, counts: empty, migrations: 0, fromNewerApp: false, lastChangeAt: null };
  } finally {
    db?.close();
  }
}

/** Only the verdict, for picking the newest good backup without counting anything. */
export function passesIntegrityCheck(file: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
