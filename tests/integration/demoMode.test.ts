import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('has two years of monthly arrivals and hand-entered T3 figures of the high-tech zones', async () => {
    await app.call('demo.enter', {});
    const months = app.session.current.sqlite.prepare('SELECT DISTINCT period FROM fdi_arrivals WHERE period >= ? ORDER BY period').all('2025-01') as { period: string }[];
    expect(months.map((m) => m.period)).toHaveLength(23);
    expect(months.at(0)!.period).toBe('2025-01');
    expect(months.at(-1)!.period).toBe('2026-11');
    const zones = app.session.current.sqlite.prepare("SELECT COUNT(DISTINCT park_id) AS n FROM indicator_values WHERE source = 'manual'").get() as { n: number };
    expect(zones.n).toBe(2);
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
