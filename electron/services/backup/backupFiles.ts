import fs from 'node:fs';
import path from 'node:path';
import { passesIntegrityCheck } from './backupContents';
import { parseBackupName, type BackupKind } from './backupKinds';
import { readSidecar, sidecarPath, sidecarStillValid, writeSidecar } from './backupSidecar';

export interface BackupFile {
  file: string;
  name: string;
  kind: BackupKind;
  createdAt: Date;
  size: number;
}

/** Our backups in `dir`, newest first; a missing folder holds none. */
export function backupFilesIn(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    try {
      found.push({ file, name, ...parsed, size: fs.statSync(file).size });
    } catch {
      // Removed between readdir and stat (rotation in another window): not a backup any more.
    }
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * The full integrity verdict for a backup, from its note when the note was made on this very file, else by
 * checking it now (and writing the note for next time).
 */
export function isVerifiedBackup(file: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  const sidecar = readSidecar(file);
  if (sidecar && sidecarStillValid(sidecar, stat)) return sidecar.integrityOk;
  const ok = passesIntegrityCheck(file);
  writeSidecar(file, { appVersion: sidecar?.appVersion ?? null, integrityOk: ok });
  return ok;
}

export function removeBackupFile(file: string): void {
  for (const f of [file, sidecarPath(file)]) fs.rmSync(f, { force: true });
}

/**
 * Keeps the newest `keep` backups of `kind` and removes the older ones — but if none of the kept ones passes
 * the integrity check, the newest one that does is kept as well: rotation never removes the last good copy.
 * `justWritten` (the backup whose writing triggered this rotation) is always kept and counts first among the
 * `keep`, whatever its time stamp: with the clock set back it sorts older than the rest, and deleting it would
 * lose the only copy of the data as it is now.
 */
export function rotateBackups(dir: string, kind: BackupKind, keep: number, justWritten?: string): string[] {
  const all = backupFilesIn(dir).filter((b) => b.kind === kind);
  const fresh = all.filter((b) => b.file === justWritten);
  const ofKind = [...fresh, ...all.filter((b) => b.file !== justWritten)];
  const kept = ofKind.slice(0, Math.max(1, keep));
  const older = ofKind.slice(kept.length);
  if (older.length === 0) return [];
  const spared = kept.some((b) => isVerifiedBackup(b.file)) ? undefined : older.find((b) => isVerifiedBackup(b.file));
  const removed: string[] = [];
  for (const backup of older) {
    if (backup === spared) continue;
    removeBackupFile(backup.file);
    removed.push(backup.file);
  }
  return removed;
}
