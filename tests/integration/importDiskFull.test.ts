import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempStore';
import { canMountTmpfs } from '../support/diskFull';
import { prepareCrashStore } from '../support/importCrash';

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).reduce((sum, entry) => (entry.isFile() ? sum + fs.statSync(path.join(entry.parentPath, entry.name)).size : sum), 0);
}

describe.skipIf(!canMountTmpfs())('an import on a disk that runs full (a real tmpfs)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir('parkdesk-importfull-')));
  afterEach(() => cleanup());

  it('is rolled back with a message that says the disk is full and nothing changed', async () => {
    // 300 rows already imported; 5 000 more need several MB the disk does not have. The before-import backup still fits.
    const setup = await prepareCrashStore(path.join(dir, 'data'), 300, 5000);
    const storeBytes = fs.statSync(setup.storeFile).size;
    const sizeKb = Math.ceil((folderBytes(setup.dataDir) + storeBytes * 1.3 + 512 * 1024) / 1024);
    const mount = path.join(dir, 'full');
    fs.mkdirSync(mount);
    const child = path.join(__dirname, '..', 'support', 'importDiskFullChild.ts');
    const script = `mount -t tmpfs -o size=${sizeKb}k tmpfs "$1" && exec "$2" --import tsx "$3" "$4" "$1" "$5"`;
    const out = execFileSync('unshare', ['-rm', 'sh', '-c', script, 'sh', mount, process.execPath, child, setup.dataDir, setup.victimBatchId], {
      encoding: 'utf8',
      cwd: path.join(__dirname, '..', '..'),
      timeout: 120_000,
    });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    expect(result.error).toMatchObject({ code: 'IMPORT_DISK_FULL', message: expect.stringContaining('磁盘空间不足，导入已全部撤销') });
    expect(result.backups.some((name: string) => name.startsWith('parkdesk-before-import-'))).toBe(true);
    expect(result.before).toMatchObject({ integrity: 'ok', enterprises: 300, projects: 300, committedBatches: 1 });
    expect(result.after).toEqual(result.before);
  }, 120_000);
});
