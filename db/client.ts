import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError } from '../electron/services/appError';
import { backupBeforeMigration } from '../electron/services/backup/backupStore';
import { pendingMigrationCount, refuseStoreFromFuture } from './migrationGuard';
import * as schema from './schema';
import { toStoreError } from './storeErrors';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  readonly file: string;
  readonly sqlite: Database.Database;
  readonly db: Db;
  /** Runs `work` in one SQLite transaction: all of it is written, or none. */
  transaction<T>(work: () => T): T;
  close(): void;
}

export interface OpenStoreOptions {
  /** Folder with drizzle-kit's output; the packaged app passes its own copy. */
  migrationsFolder?: string;
  /**
   * Called before pending migrations run on a store that already holds data. The default writes a verified
   * before-migration backup to `backups/` beside the store, so a failed upgrade costs nothing.
   */
  beforeMigrate?: (sqlite: Database.Database, pending: number) => void;
  /** How long a write waits for another connection's lock before the user is told the store is busy. */
  busyTimeoutMs?: number;
}

export const DEFAULT_MIGRATIONS_FOLDER = path.join(__dirname, 'migrations');
export const STORE_FILE_NAME = 'parkdesk.sqlite';

/**
 * Opens (creating if needed) the store: pragmas, integrity check, refusal of a newer store, migrations.
 * Nothing here runs at import time, so tests and the app open stores the same way.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  if (file !== ':memory:') {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw new AppError('STORE_CANNOT_OPEN', undefined, { file, cause: (error as Error).message });
    }
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw toStoreError(error, file);
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    // better-sqlite3 leaves NORMAL under WAL; FULL makes every committed edit survive a power cut.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('STORE_CORRUPT', undefined, { file, quickCheck: String(check) });

    const known = readMigrationFiles({ migrationsFolder });
    refuseStoreFromFuture(sqlite, known, file);
    const pending = pendingMigrationCount(sqlite, known);
    const holdsData = pending > 0 && pending < known.length;
    if (holdsData) (options.beforeMigrate ?? backupBeside(file))(sqlite, pending);
    const db = drizzle({ client: sqlite, schema });
    if (pending > 0) migrate(db, { migrationsFolder });
    return {
      file,
      sqlite,
      db,
      transaction: (work) => sqlite.transaction(work)(),
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw toStoreError(error, file);
  }
}

/** The store's folder is its data folder, so the copy lands in `<dataDir>/backups/` with the others. */
function backupBeside(file: string): (sqlite: Database.Database) => void {
  return (sqlite) => {
    if (file !== ':memory:') backupBeforeMigration(sqlite, path.dirname(file));
  };
}

/**
 * Moves a damaged store (and its -wal/-shm companions) aside as `<name>.damaged-<stamp>` so the user can
 * start again without losing the evidence; returns the new path.
 */
export function setDamagedStoreAside(file: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.damaged-${stamp}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
