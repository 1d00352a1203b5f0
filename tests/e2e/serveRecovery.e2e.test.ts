import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client';
import { backupStore } from '../../electron/services/backup/backupStore';
import { makeTempDir } from '../helpers/tempStore';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVE = path.join(ROOT, 'electron', 'serve.ts');

/** A store with data and a good backup of it, then damaged, as a failing disk would leave it. */
async function damagedStoreWithBackup(dir: string): Promise<string> {
  const file = path.join(dir, 'parkdesk.sqlite');
  const store = openStore(file);
  store.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('initialized', 'true', 'x')`).run();
  await backupStore(store, dir, 'daily');
  store.close();
  fs.writeFileSync(file, 'not a database any more'.repeat(300));
  return file;
}

describe('browser mode with a damaged store', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir('parkdesk-serve-'));
  });
  afterEach(() => cleanup());

  it('without a flag, explains in both languages how to restore or start empty, and touches nothing', async () => {
    const file = await damagedStoreWithBackup(dir);
    const run = spawnSync('npx', ['tsx', SERVE, '--data-dir', dir, '--port', '0'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--restore-newest-backup');
    expect(run.stderr).toContain('从最新的完好备份恢复');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database any more'.repeat(300));
  });

  it('with --restore-newest-backup, sets the damaged file aside, restores the backup and serves it', async () => {
    const file = await damagedStoreWithBackup(dir);
    const child = spawn('npx', ['tsx', SERVE, '--data-dir', dir, '--port', '0', '--restore-newest-backup'], { cwd: ROOT, detached: true });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    try {
      await expect.poll(() => out, { timeout: 60_000, interval: 200 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#token=/);
      expect(err).toMatch(/从备份 parkdesk-daily-\d{8}T\d{9}Z\.sqlite 恢复/);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('parkdesk.sqlite.damaged-'))).toHaveLength(1);
    const restored = new Database(file, { readonly: true });
    expect(restored.prepare(`SELECT value FROM settings WHERE key = 'initialized'`).get()).toEqual({ value: 'true' });
    restored.close();
  });
});
