import type Database from 'better-sqlite3';
import type { Store } from '../../../db/client';
import { demoDir, isDemoStoreFile } from '../demo/demoFiles';
import type { BackupFile } from './backupFiles';
import { backupsDir, type BackupKind } from './backupKinds';
import { backupKeepOf } from './backupPolicy';
import { writeVerifiedBackup, writeVerifiedBackupSync } from './writeBackup';

export interface BackupStoreOptions {
  now?: Date;
  appVersion?: string;
}

/**
 * A backup taken by the connection that has a transaction open would copy its uncommitted rows: the importer
 * must back up before it begins, not inside its transaction.
 */
function refuseInsideTransaction(store: Store): void {
  if (store.sqlite.inTransaction) throw new Error('backupStore called inside a transaction; back up before BEGIN');
}

/**
 * Where backups of `store` go. The demo store's (an import's before-import backup in demo mode) go beside it, in
 * `<dataDir>/demo/backups` — where its before-migration backups already go — never among the real backups,
 * which backups.list shows and restore would put over the real data.
 */
function backupsDirFor(store: Store, dataDir: string): string {
  return backupsDir(isDemoStoreFile(dataDir, store.file) ? demoDir(dataDir) : dataDir);
}

/**
 * Backs the store up into `<dataDir>/backups/parkdesk-<kind>-<stamp>.sqlite` with SQLite's online backup API,
 * which copies committed pages — those still in the -wal file included — while the app keeps working, and
 * then keeps the newest N of that kind (N from the settings). The importer calls this before every import.
 * The demo store is backed up under `<dataDir>/demo/backups` instead (backupsDirFor).
 */
export function backupStore(store: Store, dataDir: string, kind: BackupKind, options: BackupStoreOptions = {}): Promise<BackupFile> {
  refuseInsideTransaction(store);
  return writeVerifiedBackup(
    { dir: backupsDirFor(store, dataDir), kind, at: options.now ?? new Date(), appVersion: options.appVersion ?? null, keep: backupKeepOf(store.sqlite)[kind] },
    (tmp) => store.sqlite.backup(tmp),
  );
}

/** 备份到其他位置: a manual backup into a folder the user chose (a USB stick); nothing there is ever removed. */
export function backupStoreToFolder(store: Store, folder: string, options: BackupStoreOptions = {}): Promise<BackupFile> {
  refuseInsideTransaction(store);
  return writeVerifiedBackup(
    { dir: folder, kind: 'manual', at: options.now ?? new Date(), appVersion: options.appVersion ?? null },
    (tmp) => store.sqlite.backup(tmp),
  );
}

/**
 * Before migrating a store that holds data. openStore is synchronous and the online backup API is not, so the
 * copy here is VACUUM INTO — also a consistent snapshot of the committed state, -wal included — and the rest
 * (temp name, integrity check, rename, rotation) is the same path as every other backup.
 */
export function backupBeforeMigration(sqlite: Database.Database, dataDir: string, now = new Date()): BackupFile {
  return writeVerifiedBackupSync(
    { dir: backupsDir(dataDir), kind: 'before-migration', at: now, appVersion: null, keep: backupKeepOf(sqlite)['before-migration'] },
    (tmp) => {
      sqlite.prepare('VACUUM INTO ?').run(tmp);
    },
  );
}
