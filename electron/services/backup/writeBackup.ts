import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../appError';
import { passesIntegrityCheck } from './backupContents';
import { rotateBackups, type BackupFile } from './backupFiles';
import { backupFileName, type BackupKind } from './backupKinds';
import { writeSidecar } from './backupSidecar';
import { toBackupWriteError } from './diskErrors';

export interface WriteBackupOptions {
  dir: string;
  kind: BackupKind;
  at: Date;
  appVersion: string | null;
  /** Older backups of the kind to keep in `dir`; absent for a folder the user chose (we never delete there). */
  keep?: number;
}

function removePartial(tmp: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(tmp + suffix, { force: true });
}

/** A name not yet taken: two backups of one kind in the same millisecond must not overwrite each other. */
function freeTarget(dir: string, kind: BackupKind, at: Date): { final: string; at: Date } {
  let when = at;
  while (fs.existsSync(path.join(dir, backupFileName(kind, when)))) when = new Date(when.getTime() + 1);
  return { final: path.join(dir, backupFileName(kind, when)), at: when };
}

/**
 * A backup is one self-contained file: switched to the rollback journal so no -wal beside it is needed (and a
 * read-only open never has to create one), then checked in full, read-only.
 */
function sealAndVerify(tmp: string): void {
  const db = new Database(tmp, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  if (!passesIntegrityCheck(tmp)) throw new AppError('BACKUP_VERIFY_FAILED', undefined, { file: tmp });
}

function prepare(options: WriteBackupOptions): { tmp: string; final: string; at: Date } {
  try {
    fs.mkdirSync(options.dir, { recursive: true });
  } catch (error) {
    throw toBackupWriteError(error, options.dir);
  }
  const target = freeTarget(options.dir, options.kind, options.at);
  return { ...target, tmp: `${target.final}.partial` };
}

function finish(options: WriteBackupOptions, tmp: string, final: string, at: Date): BackupFile {
  sealAndVerify(tmp);
  fs.renameSync(tmp, final);
  writeSidecar(final, { appVersion: options.appVersion, integrityOk: true });
  // Only now, with a verified copy in place, may older ones go — never this one, even if its stamp sorts oldest.
  if (options.keep !== undefined) rotateBackups(options.dir, options.kind, options.keep, final);
  return { file: final, name: path.basename(final), kind: options.kind, createdAt: at, size: fs.statSync(final).size };
}

/**
 * Writes a backup through a temp name: copy → seal → integrity_check → rename → rotate. If anything fails
 * (disk full, USB pulled, folder read-only) the partial file is removed, older backups are untouched and the
 * error says what happened.
 */
export async function writeVerifiedBackup(options: WriteBackupOptions, copy: (tmp: string) => Promise<unknown>): Promise<BackupFile> {
  const { tmp, final, at } = prepare(options);
  try {
    await copy(tmp);
    return finish(options, tmp, final, at);
  } catch (error) {
    removePartial(tmp);
    throw toBackupWriteError(error, options.dir);
  }
}

/** The same steps with a synchronous copy, for the one moment that cannot wait: opening a store to migrate it. */
export function writeVerifiedBackupSync(options: WriteBackupOptions, copy: (tmp: string) => void): BackupFile {
  const { tmp, final, at } = prepare(options);
  try {
    copy(tmp);
    return finish(options, tmp, final, at);
  } catch (error) {
    removePartial(tmp);
    throw toBackupWriteError(error, options.dir);
  }
}
