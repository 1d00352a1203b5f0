import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A real full disk: a tmpfs of a chosen size mounted over <dataDir>/backups in a private mount namespace
 * (unprivileged: `unshare --user --map-root-user --mount`), with diskFullChild.ts run inside it. Where user
 * namespaces are disabled, `canMountTmpfs` is false and the tests say they were skipped.
 */
export function canMountTmpfs(): boolean {
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d"'], { stdio: 'ignore' });
  return probe.status === 0;
}

export interface DiskFullOutcome {
  first: { ok: boolean; code?: string; message?: string };
  second: { ok: boolean; code?: string; message?: string };
  toFolder: { ok: boolean; code?: string; message?: string };
  storeOk: boolean;
  firstBackupOk: boolean;
  backupsLeft: string[];
}

export function runDiskFullChild(dataDir: string, tmpfsKb: number, bloatMb: number): DiskFullOutcome {
  const backups = path.join(dataDir, 'backups');
  fs.mkdirSync(backups, { recursive: true });
  const child = path.join(__dirname, 'diskFullChild.ts');
  const script = `mount -t tmpfs -o size=${tmpfsKb}k tmpfs "$1" && exec npx tsx "$2" "$3" "$4"`;
  const out = execFileSync('unshare', ['-rm', 'sh', '-c', script, 'sh', backups, child, dataDir, String(bloatMb)], {
    encoding: 'utf8',
    cwd: path.join(__dirname, '..', '..'),
    timeout: 300_000,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as DiskFullOutcome;
}
