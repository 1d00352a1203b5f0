import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_FOLDER, openStore, setDamagedStoreAside } from '../../db/client';
import { backupsDir } from '../../electron/services/backup/backupKinds';
import { backupStore } from '../../electron/services/backup/backupStore';
import { damagedStoreRecovery } from '../../electron/services/backup/damagedStoreRecovery';
import { restoreIntoFreshFile } from '../../electron/services/backup/restoreBackup';
import { openStoreOrExplain, type DamagedStoreQuestion } from '../../electron/storeStartup';
import { makeTempDir } from '../helpers/tempStore';
import { openSessionTestApp, parkInput, type SessionTestApp } from './dataSafetyTestApp';

function parkNames(app: SessionTestApp): string[] {
  return (app.session.current.sqlite.prepare('SELECT name FROM parks WHERE deleted_at IS NULL ORDER BY name').all() as { name: string }[]).map((r) => r.name);
}

describe('restoring a backup while the app runs', () => {
  let app: SessionTestApp;
  beforeEach(() => {
    app = openSessionTestApp();
  });
  afterEach(() => app.close());

  it('brings back the counts of the backup, after first backing up the current data (before-restore)', async () => {
    await app.call('parks.create', parkInput('中德（嘉兴）产业合作园'));
    const backup = (await app.call('backups.create', {})).value;
    await app.call('parks.create', parkInput('中意（宁波）生态园'));
    await app.call('parks.create', parkInput('中法（海盐）产业合作园'));
    expect(parkNames(app)).toHaveLength(3);

    const preview = await app.call('backups.preview', { name: backup.name });
    expect(preview.value).toMatchObject({ backup: { counts: { parks: 1 }, integrityOk: true }, current: { parks: 3 } });

    const restored = await app.call('backups.restore', { name: backup.name });
    expect(restored).toMatchObject({ ok: true, value: { restored: { name: backup.name }, safetyBackup: { kind: 'before-restore' }, current: { parks: 1 } } });
    expect(parkNames(app)).toEqual(['中德（嘉兴）产业合作园']);

    const safety = restored.value.safetyBackup.name as string;
    const list = (await app.call('backups.list', {})).value.backups as { name: string; counts: { parks: number } }[];
    expect(list.find((b) => b.name === safety)?.counts.parks).toBe(3);

    // The restore is in the trail, with who did it and what was replaced.
    const trail = (await app.call('audit.list', { entity: 'store' })).value.rows;
    expect(trail).toEqual([expect.objectContaining({ action: 'restore', source: 'restore', actor: 'wangfang', entityId: backup.name })]);
  });

  it('the restore can itself be undone from its before-restore backup', async () => {
    await app.call('parks.create', parkInput('甲园'));
    const first = (await app.call('backups.create', {})).value.name;
    await app.call('parks.create', parkInput('乙园'));
    const { safetyBackup } = (await app.call('backups.restore', { name: first })).value;
    expect(parkNames(app)).toEqual(['甲园']);
    await app.call('backups.restore', { name: safetyBackup.name });
    expect(parkNames(app)).toEqual(['乙园', '甲园']);
  });

  it('old pages do not come back: after restore and a restart the store holds exactly the backup, with no leftovers', async () => {
    await app.call('parks.create', parkInput('留下的园区'));
    const backup = (await app.call('backups.create', {})).value.name;
    for (let i = 0; i < 50; i += 1) await app.call('parks.create', parkInput(`之后的园区${i}`));
    await app.call('backups.restore', { name: backup });
    app.session.current.close();
    expect(fs.readdirSync(app.dir).filter((n) => n.includes('restore'))).toEqual([]);
    const reopened = openStore(app.storeFile);
    expect(reopened.sqlite.prepare('SELECT name FROM parks').all()).toEqual([{ name: '留下的园区' }]);
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(reopened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    reopened.close();
    app.session.switchTo(app.storeFile);
  });

  it('is refused while an import or export runs, and then nothing is written', async () => {
    const backup = (await app.call('backups.create', {})).value.name;
    const end = app.session.busy();
    const before = fs.readdirSync(backupsDir(app.dir)).length;
    expect(await app.call('backups.restore', { name: backup })).toMatchObject({ ok: false, error: { code: 'STORE_BUSY' } });
    expect(fs.readdirSync(backupsDir(app.dir))).toHaveLength(before);
    end();
    expect((await app.call('backups.restore', { name: backup })).ok).toBe(true);
  });

  it('refuses a backup written by a newer version of the app', async () => {
    const backup = (await app.call('backups.create', {})).value.name;
    const raw = new Database(path.join(backupsDir(app.dir), backup));
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 10 ** 10);
    raw.close();
    const list = (await app.call('backups.list', {})).value.backups;
    expect(list[0]).toMatchObject({ name: backup, fromNewerApp: true });
    expect(await app.call('backups.restore', { name: backup })).toMatchObject({ ok: false, error: { code: 'BACKUP_FROM_NEWER_APP' } });
  });

  it('refuses names that are not backups (no paths into other folders)', async () => {
    for (const name of ['../parkdesk.sqlite', 'C:\\x.sqlite', 'parkdesk-manual-20261120T020000000Z.sqlite']) {
      const result = await app.call('backups.restore', { name });
      expect(result.ok).toBe(false);
      expect(['VALIDATION', 'BACKUP_NOT_FOUND']).toContain(result.error.code);
    }
  });
});

describe('a damaged store at start', () => {
  it('is set aside as .damaged, the newest good backup is offered (a damaged newer one skipped) and restored; backups untouched', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const file = path.join(dir, 'parkdesk.sqlite');
      const store = openStore(file);
      store.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('initialized', 'true', 'x')`).run();
      const good = await backupStore(store, dir, 'daily', { now: new Date('2026-11-21T01:00:00Z') });
      const bad = await backupStore(store, dir, 'manual', { now: new Date('2026-11-22T01:00:00Z') });
      store.close();
      const fd = fs.openSync(bad.file, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096, 0x33), 0, 4096, 4096);
      fs.closeSync(fd);
      const backupsBefore = Object.fromEntries(fs.readdirSync(backupsDir(dir)).filter((n) => n.endsWith('.sqlite')).map((n) => [n, fs.readFileSync(path.join(backupsDir(dir), n))]));
      fs.writeFileSync(file, 'SQLite format 3\0'.padEnd(8192, '\u0007'));

      let asked: DamagedStoreQuestion | null = null;
      const opened = await openStoreOrExplain(file, 'zh-CN', {
        open: (f) => openStore(f),
        setAside: (f) => setDamagedStoreAside(f),
        ...damagedStoreRecovery(dir, DEFAULT_MIGRATIONS_FOLDER),
        askDamaged: (question) => {
          asked = question;
          return 'restore';
        },
        showError: (_t, message) => {
          throw new Error(message);
        },
        logError: (error) => {
          throw error;
        },
      });
      expect(asked!.choices[0]!.label).toMatch(/^从最新的完好备份恢复/);
      expect(opened!.sqlite.prepare(`SELECT value FROM settings WHERE key = 'initialized'`).get()).toEqual({ value: 'true' });
      opened!.close();
      expect(fs.readdirSync(dir).filter((n) => n.includes('.damaged-'))).toHaveLength(1);
      for (const [name, bytes] of Object.entries(backupsBefore)) expect(fs.readFileSync(path.join(backupsDir(dir), name)).equals(bytes)).toBe(true);
      expect(good.name).toMatch(/daily/);
    } finally {
      cleanup();
    }
  });

  it('restoring into a fresh file removes a stale -wal first, so its old pages are not replayed over the backup', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const file = path.join(dir, 'parkdesk.sqlite');
      const store = openStore(file);
      store.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('which', '"backup"', 'x')`).run();
      const backup = await backupStore(store, dir, 'manual');
      store.close();

      // Another store's -wal, full of uncheckpointed pages, left where the restored store will be.
      const other = new Database(path.join(dir, 'other.sqlite'));
      other.pragma('journal_mode = WAL');
      other.pragma('wal_autocheckpoint = 0');
      other.exec(`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT, updated_at TEXT); INSERT INTO settings VALUES ('which', '"stale"', 'y')`);
      fs.copyFileSync(path.join(dir, 'other.sqlite-wal'), `${file}-wal`);
      other.close();
      fs.rmSync(file);

      await restoreIntoFreshFile(backup.file, file);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      const restored = openStore(file);
      expect(restored.sqlite.prepare(`SELECT value FROM settings WHERE key = 'which'`).get()).toEqual({ value: '"backup"' });
      restored.close();
    } finally {
      cleanup();
    }
  });
});
