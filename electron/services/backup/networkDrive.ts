import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** File systems on which SQLite's WAL (shared memory in -shm, file locks) is unreliable. */
const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'sshfs', 'fuse.sshfs', '9p', 'afs', 'afpfs', 'webdav']);

export interface NetworkDriveCheck {
  onNetworkDrive: boolean;
  /** The file system type, `unc` or `mapped` (a drive letter mapped to a share), for the message and the log. */
  kind: string | null;
}

/** How the checks read the machine; tests hand in recorded outputs. */
export interface DriveEnv {
  platform: NodeJS.Platform;
  /** Linux: the text of /proc/mounts. */
  readProcMounts?: () => string;
  /** macOS: the output of `mount` ("//u@server/share on /Volumes/share (smbfs, nodev, …)"). */
  readMountTable?: () => string;
  /** Windows: fs.realpathSync.native, which answers a mapped drive's path with the share's UNC path. */
  realpathNative?: (dir: string) => string;
}

interface Mount {
  point: string;
  type: string;
}

/** `\\server\share\…` (or `//server/share/…`): a Windows network path. */
export function isUncPath(file: string): boolean {
  return /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(file);
}

/** /proc/mounts lines: `device point type options …`, with spaces and other bytes in the point escaped as octal (\040). */
function procMounts(text: string): Mount[] {
  return text.split('\n').flatMap((line) => {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) return [];
    return [{ point: rawPoint.replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8))), type }];
  });
}

/** macOS `mount` lines: `device on point (type, options…)`; a point may contain spaces. */
function macMounts(text: string): Mount[] {
  return text.split('\n').flatMap((line) => {
    const found = /^.+? on (.+) \(([^,)]+)/.exec(line);
    return found ? [{ point: found[1]!, type: found[2]!.trim() }] : [];
  });
}

/** The type of the innermost mount holding `dir` (a local disk mounted inside a share is local). */
function innermostType(dir: string, mounts: Mount[]): string | null {
  let best: Mount | null = null;
  for (const mount of mounts) {
    const { point } = mount;
    const inside = dir === point || dir.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = mount;
  }
  return best?.type ?? null;
}

/** The mount whose point is the longest prefix of `dir` in /proc/mounts text; its type. */
export function mountTypeOf(dir: string, procMountsText: string): string | null {
  return innermostType(dir, procMounts(procMountsText));
}

/** The real directory of the store (symlinks resolved); the path as given while it does not exist yet. */
function realDir(storeFile: string, realpath: (dir: string) => string, paths: path.PlatformPath = path): string {
  const dir = paths.dirname(storeFile);
  try {
    return realpath(dir);
  } catch {
    return dir;
  }
}

function byMountType(type: string | null): NetworkDriveCheck {
  return { onNetworkDrive: type !== null && NETWORK_FS.has(type), kind: type };
}

function readOrNull(read: () => string): string | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/**
 * Whether the store sits on a network drive: a UNC path; on Windows a drive letter mapped to a share (the native
 * realpath answers with the share's UNC path); on Linux the mount type from /proc/mounts; on macOS the type `mount`
 * lists (one short process — callers cache the answer per store file).
 */
export function checkNetworkDrive(storeFile: string, env: DriveEnv = { platform: process.platform }): NetworkDriveCheck {
  if (isUncPath(storeFile)) return { onNetworkDrive: true, kind: 'unc' };
  if (env.platform === 'win32') {
    const real = realDir(storeFile, env.realpathNative ?? ((dir) => fs.realpathSync.native(dir)), path.win32);
    return isUncPath(real) ? { onNetworkDrive: true, kind: 'mapped' } : { onNetworkDrive: false, kind: null };
  }
  if (env.platform === 'linux') {
    const text = readOrNull(env.readProcMounts ?? (() => fs.readFileSync('/proc/mounts', 'utf8')));
    return text === null ? { onNetworkDrive: false, kind: null } : byMountType(innermostType(realDir(storeFile, fs.realpathSync), procMounts(text)));
  }
  if (env.platform === 'darwin') {
    const text = readOrNull(env.readMountTable ?? (() => execFileSync('/sbin/mount', { encoding: 'utf8', timeout: 3000 })));
    return text === null ? { onNetworkDrive: false, kind: null } : byMountType(innermostType(realDir(storeFile, fs.realpathSync), macMounts(text)));
  }
  return { onNetworkDrive: false, kind: null };
}

const checked = new Map<string, NetworkDriveCheck>();

/** checkNetworkDrive once per store file and process: the status query asks often, and a store does not move drives. */
export function cachedNetworkDriveCheck(storeFile: string): NetworkDriveCheck {
  let found = checked.get(storeFile);
  if (!found) {
    found = checkNetworkDrive(storeFile);
    checked.set(storeFile, found);
  }
  return found;
}
