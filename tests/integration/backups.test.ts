import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFilesIn, rotateBackups } from '../../electron/services/backup/backupFiles';
import { backupFileName, backupsDir } from '../../electron/services/backup/backupKinds';
import { backupStore, backupStoreToFolder } from '../../electron/services/backup/backupStore';
import { dailyBackupDue, ensureDailyBackup, startDailyBackups } from '../../electron/services/backup/dailyBackup';
import { countOf, openSessionTestApp, parkInput, type SessionTestApp } from './dataSafetyTestApp';

function rowsIn(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** Overwrites a stretch in the middle of the file, as a failing disk sector would. */
function damage(file: string): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 2);
  fs.closeSync(fd);
}

describe('backups on real SQLite files', () => {
  let app: SessionTestApp;
  beforeEach(() => {
    app = openSessionTestApp();
  });
  afterEach(() => app.close());

  it('copies committed data still in the -wal file, and not the uncommitted write another connection holds open', async () => {
    for (const name of ['中德（嘉兴）产业合作园', '中意（宁波）生态园']) expect((await app.call('parks.create', parkInput(name))).ok).toBe(true);
    expect(fs.statSync(`${app.storeFile}-wal`).size).toBeGreaterThan(0);
    const other = new Database(app.storeFile);
    other.exec('BEGIN IMMEDIATE');
    other.prepare(`UPDATE parks SET name = name || '（未提交）'`).run();
    try {
      const backup = await backupStore(app.session.current, app.dir, 'manual');
      expect(rowsIn(backup.file, 'SELECT name FROM parks ORDER BY name')).toEqual([{ name: '中德（嘉兴）产业合作园' }, { name: '中意（宁波）生态园' }]);
      expect(rowsIn(backup.file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      // Self-contained: switched to the rollback journal, no -wal or -shm beside it.
      expect(rowsIn(backup.file, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'delete' }]);
      expect(fs.existsSync(`${backup.file}-wal`)).toBe(false);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('names backups parkdesk-<kind>-<stamp>.sqlite in <dataDir>/backups and lists them with counts, size and version', async () => {
    await app.call('parks.create', parkInput('中法（海盐）产业合作园'));
    const made = await app.call('backups.create', {});
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual', name: expect.stringMatching(/^parkdesk-manual-\d{8}T\d{9}Z\.sqlite$/) } });
    expect(fs.existsSync(path.join(app.dir, 'backups', made.value.name))).toBe(true);
    const list = await app.call('backups.list', {});
    expect(list.value.backups).toEqual([
      expect.objectContaining({ name: made.value.name, kind: 'manual', integrityOk: true, appVersion: '0.1.0-test', fromNewerApp: false, counts: expect.objectContaining({ parks: 1, enterprises: 0 }) }),
    ]);
    expect(list.value.backups[0].size).toBeGreaterThan(0);
    expect(list.value.backups[0].lastChangeAt).toMatch(/^2026-11-20T/);
  });

  it('keeps N per kind as set in the settings, removing the oldest only after a new one is verified', async () => {
    const keep = { daily: 3, 'before-migration': 5, 'before-import': 5, 'before-restore': 5, manual: 2 };
    expect((await app.call('backups.updateSettings', { keep })).ok).toBe(true);
    const made: string[] = [];
    for (let day = 1; day <= 5; day += 1) made.push((await backupStore(app.session.current, app.dir, 'daily', { now: new Date(`2026-11-0${day}T01:00:00Z`) })).name);
    await backupStore(app.session.current, app.dir, 'manual');
    const names = backupFilesIn(backupsDir(app.dir)).map((b) => b.name);
    expect(names.filter((n) => n.includes('-daily-'))).toEqual(made.slice(2).reverse());
    expect(names.filter((n) => n.includes('-manual-'))).toHaveLength(1);
  });

  it('rotation never removes the only backup that passes the check, even beyond N', async () => {
    const good = await backupStore(app.session.current, app.dir, 'daily', { now: new Date('2026-11-01T01:00:00Z') });
    const newer = path.join(backupsDir(app.dir), backupFileName('daily', new Date('2026-11-02T01:00:00Z')));
    fs.copyFileSync(good.file, newer);
    damage(newer);
    rotateBackups(backupsDir(app.dir), 'daily', 1);
    expect(fs.existsSync(good.file)).toBe(true);
    expect(fs.existsSync(newer)).toBe(true);
  });

  it('a backup written with the clock set back is kept, and the oldest of the others go instead', async () => {
    const keep = { daily: 2, 'before-migration': 5, 'before-import': 5, 'before-restore': 5, manual: 5 };
    expect((await app.call('backups.updateSettings', { keep })).ok).toBe(true);
    const existing: string[] = [];
    for (const day of ['10', '11', '12']) existing.push((await backupStore(app.session.current, app.dir, 'daily', { now: new Date(`2026-11-${day}T01:00:00Z`) })).name);
    await app.call('parks.create', parkInput('中荷（嘉善）产业合作园'));
    const backInTime = await backupStore(app.session.current, app.dir, 'daily', { now: new Date('2026-10-01T01:00:00Z') });
    expect(fs.existsSync(backInTime.file)).toBe(true);
    expect(rowsIn(backInTime.file, 'SELECT name FROM parks')).toEqual([{ name: '中荷（嘉善）产业合作园' }]);
    const names = backupFilesIn(backupsDir(app.dir)).map((b) => b.name);
    expect(names.sort()).toEqual([backInTime.name, existing[2]].sort());
  });

  it('lists a damaged backup as damaged, and refuses to restore it', async () => {
    await app.call('parks.create', parkInput('中澳（舟山）产业合作园'));
    const made = await app.call('backups.create', {});
    damage(path.join(backupsDir(app.dir), made.value.name));
    const list = await app.call('backups.list', {});
    expect(list.value.backups[0]).toMatchObject({ name: made.value.name, integrityOk: false });
    const restore = await app.call('backups.restore', { name: made.value.name });
    expect(restore).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } });
    expect(countOf(app, 'parks')).toBe(1);
  });

  it('a manual backup into another folder (a USB stick) is written there, and nothing there is rotated away', async () => {
    const usb = path.join(app.dir, 'usb');
    fs.mkdirSync(usb);
    fs.writeFileSync(path.join(usb, '个人文件.docx'), 'keep me');
    for (let i = 0; i < 7; i += 1) expect((await app.call('backups.createInFolder', { folder: usb })).ok).toBe(true);
    expect(fs.readdirSync(usb).filter((n) => n.endsWith('.sqlite'))).toHaveLength(7);
    expect(fs.readFileSync(path.join(usb, '个人文件.docx'), 'utf8')).toBe('keep me');
  });

  it('an unwritable target (the path is a file, not a folder) gives a clear message and leaves no partial file', async () => {
    const notAFolder = path.join(app.dir, 'not-a-folder');
    fs.writeFileSync(notAFolder, 'x');
    const result = await app.call('backups.createInFolder', { folder: path.join(notAFolder, 'sub') });
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_TARGET_UNWRITABLE', message: expect.stringContaining('无法写入备份位置') } });
    const relative = await app.call('backups.createInFolder', { folder: 'usb/backups' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a failed backup removes its partial file and leaves older backups untouched', async () => {
    const older = await backupStore(app.session.current, app.dir, 'manual');
    const bytes = fs.readFileSync(older.file);
    // The copy step itself fails half-way, as a write to a full disk would (the real full disk: backupDiskFull.test.ts).
    const { writeVerifiedBackup } = await import('../../electron/services/backup/writeBackup');
    const failing = writeVerifiedBackup({ dir: backupsDir(app.dir), kind: 'manual', at: new Date(), appVersion: null, keep: 1 }, async (tmp) => {
      fs.writeFileSync(tmp, 'half a page');
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    await expect(failing).rejects.toMatchObject({ code: 'BACKUP_DISK_FULL' });
    expect(fs.readdirSync(backupsDir(app.dir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
    expect(fs.readFileSync(older.file).equals(bytes)).toBe(true);
  });

  it('makes one daily backup per local calendar day', async () => {
    const morning = new Date(2026, 10, 23, 8, 0);
    expect(dailyBackupDue(app.dir, morning)).toBe(true);
    expect(await ensureDailyBackup(app.session.current, app.dir, morning)).not.toBeNull();
    expect(await ensureDailyBackup(app.session.current, app.dir, new Date(2026, 10, 23, 23, 59))).toBeNull();
    expect(dailyBackupDue(app.dir, new Date(2026, 10, 24, 0, 1))).toBe(true);
  });

  it('a backup in a folder the user chose is a complete store', async () => {
    await app.call('parks.create', parkInput('中韩（盐城）产业园'));
    const file = await backupStoreToFolder(app.session.current, path.join(app.dir, 'elsewhere'));
    expect(rowsIn(file.file, 'SELECT COUNT(*) AS n FROM parks')).toEqual([{ n: 1 }]);
  });
});

describe('backups and transactions', () => {
  it('refuses to back up from inside the store’s own transaction, which would copy uncommitted rows', () => {
    const app = openSessionTestApp();
    try {
      const store = app.session.current;
      expect(() =>
        store.transaction(() => {
          store.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('half', '1', 'x')`).run();
          void backupStore(store, app.dir, 'before-import');
        }),
      ).toThrow(/inside a transaction/);
      expect(fs.existsSync(backupsDir(app.dir))).toBe(false);
    } finally {
      app.close();
    }
  });

  it('the daily backup waits for an open import transaction instead of failing, then copies the committed rows', async () => {
    const app = openSessionTestApp();
    const errors: unknown[] = [];
    const store = app.session.current;
    // What an import's commit looks like from outside: BEGIN, writes, and awaits in between before COMMIT.
    store.sqlite.exec('BEGIN');
    store.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('imported', '1', 'x')`).run();
    const timer = startDailyBackups({ store: () => store, dataDir: app.dir, now: () => new Date(2026, 10, 23, 9, 0), onError: (e) => errors.push(e), checkEveryMs: 3_600_000, busyRetryMs: 20 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(backupFilesIn(backupsDir(app.dir))).toEqual([]);
      store.sqlite.exec('COMMIT');
      await expect.poll(() => backupFilesIn(backupsDir(app.dir)).map((b) => b.kind)).toEqual(['daily']);
      expect(errors).toEqual([]);
      const [daily] = backupFilesIn(backupsDir(app.dir));
      expect(rowsIn(daily!.file, "SELECT value FROM settings WHERE key = 'imported'")).toEqual([{ value: '1' }]);
    } finally {
      timer.stop();
      app.close();
    }
  });
});
