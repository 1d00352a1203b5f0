import fs from 'node:fs';
import type { KnownMigration } from '../../../db/migrationGuard';
import { readBackupContents, type BackupContents } from './backupContents';
import { backupFilesIn, type BackupFile } from './backupFiles';
import { backupsDir } from './backupKinds';
import { readSidecar, sidecarStillValid, writeSidecar } from './backupSidecar';

export interface BackupInfo extends BackupContents {
  name: string;
  kind: BackupFile['kind'];
  createdAt: string;
  size: number;
  appVersion: string | null;
}

/**
 * `fullCheck` for a preview or a restore; a listing trusts an earlier ok verdict made on this very file (same
 * size and time) — a full check of every backup each time the page opens would take seconds on a large store.
 */
function describe(backup: BackupFile, known: KnownMigration[], fullCheck: boolean): BackupInfo {
  const sidecar = readSidecar(backup.file);
  const trusted = !fullCheck && sidecar !== null && sidecar.integrityOk && sidecarStillValid(sidecar, fs.statSync(backup.file));
  const contents = readBackupContents(backup.file, known, { skipIntegrityCheck: trusted });
  if (!trusted) writeSidecar(backup.file, { appVersion: sidecar?.appVersion ?? null, integrityOk: contents.integrityOk });
  return {
    name: backup.name,
    kind: backup.kind,
    createdAt: backup.createdAt.toISOString(),
    size: backup.size,
    appVersion: sidecar?.appVersion ?? null,
    ...contents,
  };
}

/**
 * Every backup in `<dataDir>/backups`, newest first, each opened read-only: a backup whose file changed since
 * its last check is checked again, and a damaged one is listed as such, never as good.
 */
export function listBackups(dataDir: string, known: KnownMigration[]): BackupInfo[] {
  return backupFilesIn(backupsDir(dataDir)).map((b) => describe(b, known, false));
}

/** One backup by its file name, checked in full; null when there is no such backup. */
export function inspectBackup(dataDir: string, name: string, known: KnownMigration[]): BackupInfo | null {
  const backup = backupFilesIn(backupsDir(dataDir)).find((b) => b.name === name);
  return backup ? describe(backup, known, true) : null;
}
