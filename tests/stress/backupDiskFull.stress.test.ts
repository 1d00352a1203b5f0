import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canMountTmpfs, runDiskFullChild } from '../support/diskFull';
import { makeTempDir } from '../helpers/tempStore';

/** The same full disk as in tests/integration, at size: a 120 MB store against a 48 MB stick. */
describe.skipIf(!canMountTmpfs())('a large backup onto a disk that runs full half-way', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => cleanup());

  it('fails with the disk-full message, leaving the earlier backup and the store as they were', () => {
    const result = runDiskFullChild(dir, 48 * 1024, 120);
    expect(result.first).toEqual({ ok: true });
    expect(result.second).toMatchObject({ ok: false, code: 'BACKUP_DISK_FULL' });
    expect(result.storeOk).toBe(true);
    expect(result.firstBackupOk).toBe(true);
    expect(result.backupsLeft.filter((n) => n.endsWith('.partial'))).toEqual([]);
  }, 300_000);
});
