import type Database from 'better-sqlite3';
import type { BackupKind } from './backupKinds';

/** How many backups of each kind are kept; the oldest beyond that are removed after a new one is verified. */
export type BackupKeep = Record<BackupKind, number>;

export const BACKUP_KEEP_SETTING = 'backups.keep';
export const DEFAULT_BACKUP_KEEP: BackupKeep = { daily: 7, 'before-migration': 5, 'before-import': 5, 'before-restore': 5, manual: 5 };

/**
 * Read with plain SQL so openStore can use it before migrations, on a store of any schema version; a store
 * without the setting (or without the settings table) keeps the defaults.
 */
export function backupKeepOf(sqlite: Database.Database): BackupKeep {
  try {
    const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(BACKUP_KEEP_SETTING) as { value: string } | undefined;
    return { ...DEFAULT_BACKUP_KEEP, ...(row ? (JSON.parse(row.value) as Partial<BackupKeep>) : {}) };
  } catch {
    return DEFAULT_BACKUP_KEEP;
  }
}
