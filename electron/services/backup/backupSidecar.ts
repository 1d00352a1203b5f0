import fs from 'node:fs';

/**
 * What we know about a backup beyond its bytes, kept beside it as `<name>.sqlite.json`: the app version that
 * wrote it, and the verdict of the last full integrity check together with the size and time of the file it
 * was made on. A full check of every backup each time the list opens would take seconds on a large store;
 * a file whose size or time changed since is checked again.
 */
export interface BackupSidecar {
  appVersion: string | null;
  integrityOk: boolean;
  size: number;
  mtimeMs: number;
}

export function sidecarPath(file: string): string {
  return `${file}.json`;
}

export function readSidecar(file: string): BackupSidecar | null {
  try {
    return JSON.parse(fs.readFileSync(sidecarPath(file), 'utf8')) as BackupSidecar;
  } catch {
    return null;
  }
}

/** The verdict still applies only to the very file it was made on. */
export function sidecarStillValid(sidecar: BackupSidecar | null, stat: fs.Stats): boolean {
  return sidecar !== null && sidecar.size === stat.size && sidecar.mtimeMs === stat.mtimeMs;
}

/** Best effort: a backup without its note is still a backup (it is checked again when listed). */
export function writeSidecar(file: string, note: Omit<BackupSidecar, 'size' | 'mtimeMs'>): void {
  try {
    const stat = fs.statSync(file);
    fs.writeFileSync(sidecarPath(file), JSON.stringify({ ...note, size: stat.size, mtimeMs: stat.mtimeMs }));
  } catch {
    // The note is a cache; without it the next listing re-checks the file.
  }
}
