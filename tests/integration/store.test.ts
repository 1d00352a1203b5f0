import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, setDamagedStoreAside } from '../../db/client';
import { createDispatch } from '../../electron/api/dispatch';
import { AppError } from '../../electron/services/appError';
import { makeTempDir } from '../helpers/tempStore';

function expectAppError(run: () => unknown, code: string): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}`);
}

describe('openStore on a real file', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    file = path.join(dir, 'nested', 'parkdesk.sqlite');
  });
  afterEach(() => cleanup());

  it('creates the folder and file with WAL, synchronous FULL, foreign keys and the tables', () => {
    const store = openStore(file);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(store.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThanOrEqual(5000);
    const tables = store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['parks', 'audit_log', 'settings']));
    store.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('keeps data across reopen and does not re-run migrations', () => {
    const first = openStore(file);
    first.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('k', '"v"', 'now')`).run();
    const migrations = first.sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get();
    first.close();
    const second = openStore(file);
    expect(second.sqlite.prepare('SELECT value FROM settings WHERE key = ?').get('k')).toEqual({ value: '"v"' });
    expect(second.sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get()).toEqual(migrations);
    second.close();
  });

  it('refuses a store written by a newer version of the app, and leaves it untouched', () => {
    openStore(file).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 10 ** 10);
    raw.close();
    const sizeBefore = fs.statSync(file).size;
    const error = expectAppError(() => openStore(file), 'STORE_FROM_FUTURE');
    expect(error.message).toContain('更新版本');
    expect(fs.statSync(file).size).toBe(sizeBefore);
  });

  it('reports a file that is not a database as damaged, with the file named', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'this is a spreadsheet, not a database'.repeat(200));
    const error = expectAppError(() => openStore(file), 'STORE_CORRUPT');
    expect(error.details).toMatchObject({ file });
  });

  it('moves a damaged store aside so a fresh one can start, keeping the damaged bytes', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'garbage');
    fs.writeFileSync(`${file}-wal`, 'wal garbage');
    const aside = setDamagedStoreAside(file, new Date('2026-11-23T08:00:00Z'));
    expect(fs.readFileSync(aside, 'utf8')).toBe('garbage');
    expect(fs.readFileSync(`${aside}-wal`, 'utf8')).toBe('wal garbage');
    const store = openStore(file);
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM parks').get()).toEqual({ n: 0 });
    store.close();
  });

  it('answers a write to a store held by another program with STORE_LOCKED, and writes nothing', async () => {
    const store = openStore(file, { busyTimeoutMs: 50 });
    const dispatch = createDispatch({ store, actor: 't', now: () => new Date(), appVersion: 't' }, { logError: () => {} });
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const result = await dispatch('parks.create', { name: '中法（海盐）产业合作园', kind: 'international_cooperation', level: 'provincial', divisionCode: '330424' });
      expect(result).toMatchObject({ ok: false, error: { code: 'STORE_LOCKED', message: expect.stringContaining('另一个程序') } });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM parks').get()).toEqual({ n: 0 });
    store.close();
  });

  it('rolls back a migration that fails half-way, leaving no partial tables', () => {
    const migrations = path.join(dir, 'migrations');
    fs.cpSync(path.join(__dirname, '..', '..', 'db', 'migrations'), migrations, { recursive: true });
    const journalFile = path.join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({ idx: 1, version: '6', when: Date.now() + 1000, tag: '0001_broken', breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(migrations, '0001_broken.sql'), 'CREATE TABLE half_done (id TEXT);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    openStore(file).close();
    expect(() => openStore(file, { migrationsFolder: migrations })).toThrow();
    const raw = new Database(file);
    const tables = raw.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).all();
    raw.close();
    expect(tables).toEqual([]);
  });
});

describe('upgrading a store that holds data', () => {
  it('first writes a consistent backup beside it, with the data and the old schema', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const oldMigrations = path.join(dir, 'old-migrations');
      fs.cpSync(path.join(__dirname, '..', '..', 'db', 'migrations'), oldMigrations, { recursive: true });
      const journalFile = path.join(oldMigrations, 'meta', '_journal.json');
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
      journal.entries = journal.entries.slice(0, 1);
      fs.writeFileSync(journalFile, JSON.stringify(journal));

      const file = path.join(dir, 'parkdesk.sqlite');
      const old = openStore(file, { migrationsFolder: oldMigrations });
      old.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('initialized', 'true', 'then')`).run();
      old.close();

      openStore(file).close();
      const backups = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.sqlite'));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(/^parkdesk-before-migration-.*\.sqlite$/);
      const copy = new Database(path.join(dir, 'backups', backups[0]!), { readonly: true });
      expect(copy.prepare(`SELECT value FROM settings WHERE key = 'initialized'`).get()).toEqual({ value: 'true' });
      expect(copy.prepare(`SELECT name FROM sqlite_master WHERE name = 'projects'`).get()).toBeUndefined();
      copy.close();

      openStore(file).close();
      expect(fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
    } finally {
      cleanup();
    }
  });
});
