import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerRecord } from '../helpers/ledgerFixtures';
import { writeForm } from '../helpers/ledgerWorkbook';
import { countOf, openSessionTestApp, parkInput, type SessionTestApp } from './dataSafetyTestApp';

const DEMO_FILE = (dir: string) => path.join(dir, 'demo', 'parkdesk-demo.sqlite');

/** Counts in a closed store file, read without going through the app. */
function countsIn(file: string): { parks: number; audit: number; names: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const names = (db.prepare('SELECT name FROM parks ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    return { parks: n('parks'), audit: n('audit_log'), names };
  } finally {
    db.close();
  }
}

describe('demo mode on real SQLite files', () => {
  let app: SessionTestApp;
  beforeEach(async () => {
    app = openSessionTestApp();
    expect((await app.call('parks.create', parkInput('中德（嘉兴）产业合作园'))).ok).toBe(true);
  });
  afterEach(() => app.close());

  const status = async () => (await app.call('system.status', {})).value as { demoMode: boolean; parkCount: number; initialized: boolean };

  it('switches to a separate demo store and leaves the real one untouched', async () => {
    const real = countsIn(app.storeFile);
    expect((await app.call('demo.enter', {})).value).toEqual({ demoMode: true });
    expect(app.session.current.file).toBe(DEMO_FILE(app.dir));
    expect(await status()).toMatchObject({ demoMode: true, initialized: true, parkCount: 11 });
    // An edit in the demo goes to the demo store only.
    expect((await app.call('parks.create', parkInput('演示中新建的园区'))).ok).toBe(true);
    expect(countsIn(app.storeFile)).toEqual(real);
    expect((await app.call('demo.exit', {})).value).toEqual({ demoMode: false });
    expect(app.session.current.file).toBe(app.storeFile);
    expect(await status()).toMatchObject({ demoMode: false, parkCount: 1 });
  });

  it('reset brings the pristine demo back after edits, with the store still open', async () => {
    await app.call('demo.enter', {});
    const pristine = { parks: countOf(app, 'parks'), arrivals: countOf(app, 'fdi_arrivals'), values: countOf(app, 'indicator_values') };
    const target = app.session.current.sqlite.prepare("SELECT id FROM parks WHERE name = '中法（海盐）产业合作园'").get() as { id: string };
    expect((await app.call('parks.create', parkInput('演示中新建的园区'))).ok).toBe(true);
    app.session.current.sqlite.prepare('DELETE FROM indicator_values').run();
    expect(countOf(app, 'parks')).toBe(pristine.parks + 1);
    const started = performance.now();
    expect((await app.call('demo.reset', {})).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(5000);
    expect({ parks: countOf(app, 'parks'), arrivals: countOf(app, 'fdi_arrivals'), values: countOf(app, 'indicator_values') }).toEqual(pristine);
    expect((await app.call('parks.get', { id: target.id })).ok).toBe(true);
    expect(await status()).toMatchObject({ demoMode: true });
    // The store keeps working after the online copy.
    expect((await app.call('parks.create', parkInput('重置后新建的园区'))).ok).toBe(true);
  });

  it('keeps the demo across leaving and coming back, and a second enter does nothing', async () => {
    await app.call('demo.enter', {});
    await app.call('demo.enter', {});
    await app.call('parks.create', parkInput('演示中新建的园区'));
    await app.call('demo.exit', {});
    await app.call('demo.exit', {});
    expect(app.session.current.file).toBe(app.storeFile);
    await app.call('demo.enter', {});
    expect(countOf(app, 'parks')).toBe(12);
  });

  it('has two years of monthly arrivals and hand-entered T3 figures of every demo park', async () => {
    await app.call('demo.enter', {});
    const months = app.session.current.sqlite.prepare('SELECT DISTINCT period FROM fdi_arrivals WHERE period >= ? ORDER BY period').all('2025-01') as { period: string }[];
    expect(months.map((m) => m.period)).toHaveLength(23);
    expect(months.at(0)!.period).toBe('2025-01');
    expect(months.at(-1)!.period).toBe('2026-11');
    // db/seed/demoIndicators.ts: every one of the 11 demo parks, 2024-Q1 to 2026-Q3 (11 quarters) and a land area for 2024–2026.
    const parks = app.session.current.sqlite.prepare("SELECT COUNT(DISTINCT park_id) AS n FROM indicator_values WHERE source = 'manual'").get() as { n: number };
    expect(parks.n).toBe(11);
    const hangzhou = app.session.current.sqlite
      .prepare("SELECT COUNT(DISTINCT v.period) AS n FROM indicator_values v JOIN parks p ON p.id = v.park_id WHERE p.name = '杭州国家高新技术产业开发区' AND v.indicator_code = 'gdp'")
      .get() as { n: number };
    expect(hangzhou.n).toBe(11);
  });

  it('refuses backups and restore inside the demo, with the reason, and writes nothing among the real backups', async () => {
    const made = await app.call('backups.create', {});
    expect(made.ok).toBe(true);
    const realBackup = (made.value as { name: string }).name;
    const backupsDir = path.join(app.dir, 'backups');
    const before = fs.readdirSync(backupsDir).sort();
    await app.call('demo.enter', {});
    const refusal = { ok: false, error: { code: 'DEMO_NO_BACKUP', message: '演示模式下不能备份或恢复——请先退出演示模式' } };
    expect(await app.call('backups.create', {})).toMatchObject(refusal);
    const usbStick = fs.mkdtempSync(path.join(os.tmpdir(), 'parkdesk-usb-'));
    expect(await app.call('backups.createInFolder', { folder: usbStick })).toMatchObject(refusal);
    expect(fs.readdirSync(usbStick)).toEqual([]);
    // A restore would put the real store's data on the projector in place of the demo.
    expect(await app.call('backups.restore', { name: realBackup })).toMatchObject(refusal);
    expect(countOf(app, 'parks')).toBe(11);
    expect((await app.call('backups.list', {})).value).toMatchObject({ demoMode: true });
    expect(fs.readdirSync(backupsDir).sort()).toEqual(before);
    await app.call('demo.exit', {});
    expect((await app.call('backups.list', {})).value).toMatchObject({ demoMode: false });
    app.clock.now = new Date(app.clock.now.getTime() + 60_000);
    expect((await app.call('backups.create', {})).ok).toBe(true);
  });

  it('an import in the demo backs the demo store up under <dataDir>/demo, never among the real backups', async () => {
    expect((await app.call('backups.create', {})).ok).toBe(true);
    const realBackups = fs.readdirSync(path.join(app.dir, 'backups')).sort();
    await app.call('demo.enter', {});
    const form = await writeForm(app.dir, '演示台账.xlsx', 'T2', '2026-10', '中日（平湖）产业合作园', { ledger: [ledgerRecord(1)] });
    const dry = await app.call('imports.dryRun', { fileName: form.fileName, base64: form.base64 });
    expect(dry).toMatchObject({ ok: true, value: { problems: [] } });
    const committed = await app.call('imports.commit', { batchId: dry.value.batchId });
    expect(committed.ok).toBe(true);
    const backup = committed.value.summary.backup as string;
    expect(backup).toMatch(/^parkdesk-before-import-/);
    // The demo's own backup, beside the demo store: a copy of the demo as it was before the import.
    const demoBackup = path.join(app.dir, 'demo', 'backups', backup);
    expect(countsIn(demoBackup).parks).toBe(11);
    expect(fs.readdirSync(path.join(app.dir, 'backups')).sort()).toEqual(realBackups);
    await app.call('demo.exit', {});
    const listed = (await app.call('backups.list', {})).value as { backups: { name: string }[] };
    expect(listed.backups.map((b) => b.name)).toEqual(realBackups.filter((n) => n.endsWith('.sqlite')));
    expect(await app.call('backups.restore', { name: backup })).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_FOUND' } });
    expect(countOf(app, 'parks')).toBe(1);
  });

  it('is refused where the host cannot switch stores', async () => {
    const { openTestApp } = await import('../helpers/tempStore');
    const single = openTestApp();
    try {
      expect(await single.call('demo.enter', {})).toMatchObject({ ok: false, error: { code: 'DEMO_UNAVAILABLE' } });
    } finally {
      single.close();
    }
  });
});
