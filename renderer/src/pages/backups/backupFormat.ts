import type { MethodOutput } from '../../../../electron/api/index';

export type BackupRow = MethodOutput<'backups.list'>['backups'][number];
export type Counts = BackupRow['counts'];

/** The tables whose counts a person recognises, in the order they are shown. */
export const SHOWN_COUNTS = ['parks', 'enterprises', 'projects', 'policies', 'workflow_applications', 'checklists'] as const;

/** 2026-11-23 16:05 in the desk's local time. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
