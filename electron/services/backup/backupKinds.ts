import path from 'node:path';

export const BACKUP_KINDS = ['daily', 'before-migration', 'before-import', 'before-restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUPS_FOLDER = 'backups';
const PREFIX = 'parkdesk';
const NAME = /^parkdesk-(daily|before-migration|before-import|before-restore|manual)-(\d{8}T\d{6}\d{3}Z)\.sqlite$/;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

/** 2026-11-23T08:05:09.123Z → 20261123T080509123Z: sorts as it reads, and is a legal file name everywhere. */
export function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function dateOfStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`);
}

export function backupFileName(kind: BackupKind, at: Date): string {
  return `${PREFIX}-${kind}-${stampOf(at)}.sqlite`;
}

export interface ParsedBackupName {
  kind: BackupKind;
  createdAt: Date;
}

/** Files that are not ours (a user's own copy, a temp file) are simply not backups. */
export function parseBackupName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  return { kind: m[1] as BackupKind, createdAt: dateOfStamp(m[2]!) };
}
