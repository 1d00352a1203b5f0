import fs from 'node:fs';
import path from 'node:path';

/** File systems on which SQLite's WAL (shared memory in -shm, file locks) is unreliable. */
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'sshfs', 'fuse.sshfs', '9p', 'afs']);

export interface NetworkDriveCheck {
  onNetworkDrive: boolean;
  /** The file system type or `unc`, for the message and the log. */
  kind: string | null;
}

/** `\\server\share\…` (or `//server/share/…`): a Windows network path. */
export function isUncPath(file: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(file);
}

/** The mount whose point is the longest prefix of `dir` in /proc/mounts text; its type. */
export function mountTypeOf(dir: string, procMounts: string): string | null {
  let best: { point: string; type: string } | null = null;
  for (const line of procMounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    // /proc/mounts escapes spaces and other bytes as octal (\040).
    const point = rawPoint.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8)));
    const inside = dir === point || dir.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best?.type ?? null;
}

/**
 * Whether the store sits on a network drive, checked cheaply: a UNC path on Windows, the mount type from
 * /proc/mounts on Linux. Not detected (documented): drive letters mapped to a share on Windows (would need a
 * native call per start) and shares on macOS (`mount` output costs a process per start).
 */
export function checkNetworkDrive(
  storeFile: string,
  env: { platform: NodeJS.Platform; readProcMounts?: () => string } = { platform: process.platform },
): NetworkDriveCheck {
  if (isUncPath(storeFile)) return { onNetworkDrive: true, kind: 'unc' };
  if (env.platform !== 'linux') return { onNetworkDrive: false, kind: null };
  let mounts: string;
  try {
    mounts = (env.readProcMounts ?? (() => fs.readFileSync('/proc/mounts', 'utf8')))();
  } catch {
    return { onNetworkDrive: false, kind: null };
  }
  let dir = path.dirname(storeFile);
  try {
    dir = fs.realpathSync(dir);
  } catch {
    // Not created yet: the unresolved path is as good as it gets.
  }
  const type = mountTypeOf(dir, mounts);
  return { onNetworkDrive: type !== null && NETWORK_FS.has(type), kind: type };
}
