import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../../../db/client';
import type { KnownMigration } from '../../../db/migrationGuard';
import { AppError } from '../appError';
import type { StoreSession } from '../storeSession';
import { countMainTables, migrationsOfOpenStore, passesIntegrityCheck, readBackupContents } from './backupContents';
import { backupFilesIn, type BackupFile } from './backupFiles';
import { backupsDir } from './backupKinds';
import { backupStore } from './backupStore';
import { inspectBackup, type BackupInfo } from './listBackups';

const COMPANIONS = ['-wal', '-shm', '-journal'] as const;

function removeWithCompanions(file: string): void {
  for (const suffix of ['', ...COMPANIONS]) fs.rmSync(file + suffix, { force: true });
}

/** Online backup API from a backup file (opened read-only) into `target`. */
async function copyOnline(from: string, target: string): Promise<void> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

/**
 * Writes the backup into a fresh file at `target`: stale -wal/-shm/-journal files left there (by a crash, or
 * by the damaged store that was set aside) are removed first, or SQLite would replay their old pages over the
 * restored data. The copy goes through a temp name and is checked before it takes the store's name.
 */
export async function restoreIntoFreshFile(backupFile: string, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`restore target exists: ${target}`);
  for (const suffix of COMPANIONS) fs.rmSync(target + suffix, { force: true });
  const tmp = `${target}.restoring`;
  removeWithCompanions(tmp);
  try {
    await copyOnline(backupFile, tmp);
    if (!passesIntegrityCheck(tmp)) throw new AppError('BACKUP_DAMAGED', undefined, { file: backupFile });
    fs.renameSync(tmp, target);
  } finally {
    removeWithCompanions(tmp);
  }
}

export interface RestoreOutcome {
  restored: BackupInfo;
  /** The before-restore backup of the data that was current, so the restore itself can be undone. */
  safetyBackup: BackupFile;
}

function requireRestorable(info: BackupInfo | null, name: string): BackupInfo {
  if (!info) throw new AppError('BACKUP_NOT_FOUND', undefined, { name });
  if (!info.integrityOk) throw new AppError('BACKUP_DAMAGED', undefined, { name });
  if (info.fromNewerApp) throw new AppError('BACKUP_FROM_NEWER_APP', undefined, { name });
  return info;
}

/**
 * Restores a backup while the app runs. First the current data is backed up (kind before-restore); the backup
 * is copied with the online backup API into a fresh file and checked; that file is then copied, again with the
 * online backup API, over the live store — one write transaction on the store, so a crash at any moment
 * leaves either the old data or the restored data, never a mix, and there is no -wal of the old data left to
 * replay; finally the session reopens the store (applying migrations if the backup is older).
 */
export async function restoreBackup(
  session: StoreSession,
  dataDir: string,
  name: string,
  options: { now?: Date; appVersion?: string } = {},
): Promise<RestoreOutcome> {
  if (session.isBusy) throw new AppError('STORE_BUSY');
  const known = migrationsOfOpenStore(session.current.sqlite);
  const restored = requireRestorable(inspectBackup(dataDir, name, known), name);
  const storeFile = session.current.file;
  const safetyBackup = await backupStore(session.current, dataDir, 'before-restore', options);
  const fresh = path.join(path.dirname(storeFile), `${path.basename(storeFile, '.sqlite')}.restore-${Date.now()}.sqlite`);
  try {
    await restoreIntoFreshFile(path.join(backupsDir(dataDir), name), fresh);
    if (session.isBusy) throw new AppError('STORE_BUSY');
    await copyOnline(fresh, storeFile);
  } finally {
    removeWithCompanions(fresh);
  }
  session.switchTo(storeFile);
  return { restored, safetyBackup };
}

/**
 * The newest backup of any kind that passes the full integrity check and was not written by a newer app —
 * what a damaged store is offered to be restored from. Damaged backups are skipped, never removed.
 */
export function findNewestGoodBackup(dataDir: string, known: KnownMigration[]): BackupFile | null {
  for (const backup of backupFilesIn(backupsDir(dataDir))) {
    const contents = readBackupContents(backup.file, known);
    if (contents.integrityOk && !contents.fromNewerApp) return backup;
  }
  return null;
}

/** Counts of the store as it is now, for the restore's audit row (what was replaced). */
export function currentCounts(store: Store): BackupInfo['counts'] {
  return countMainTables(store.sqlite);
}
