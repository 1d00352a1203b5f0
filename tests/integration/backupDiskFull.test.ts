import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canMountTmpfs, runDiskFullChild } from '../support/diskFull';
import { makeTempDir } from '../helpers/tempStore';

describe.skipIf(!canMountTmpfs())('backing up to a disk that runs full (a real 768 KB tmpfs)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => cleanup());

  it('says the disk is full, removes the partial file, keeps the earlier backup intact and the store writable', () => {
    const result = runDiskFullChild(dir, 768, 3);
    expect(result.first).toEqual({ ok: true });
    expect(result.second).toMatchObject({ ok: false, code: 'BACKUP_DISK_FULL', message: expect.stringContaining('磁盘空间不足') });
    expect(result.toFolder).toMatchObject({ ok: false, code: 'BACKUP_DISK_FULL' });
    expect(result.storeOk).toBe(true);
    // Only the first backup and its note, still passing the check; no .partial left behind. (The tmpfs goes
    // away with the namespace, so what it held is judged from the child's listing.)
    expect(result.backupsLeft).toEqual(['parkdesk-daily-20261101T010000000Z.sqlite', 'parkdesk-daily-20261101T010000000Z.sqlite.json']);
    expect(result.firstBackupOk).toBe(true);
    const store = new Database(path.join(dir, 'parkdesk.sqlite'), { readonly: true });
    expect(store.prepare(`SELECT value FROM settings WHERE key = 'after'`).get()).toEqual({ value: '"still writable"' });
    store.close();
  });
});
