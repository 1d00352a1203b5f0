/**
 * Runs inside `unshare --user --map-root-user --mount` with a tiny tmpfs mounted at <dataDir>/backups (see
 * tests/integration/backupDiskFull.test.ts): a real file system that runs out of space, so the ENOSPC comes
 * from the kernel, not from a fake. Prints one JSON line with what happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../db/client';
import { AppError } from '../../electron/services/appError';
import { passesIntegrityCheck } from '../../electron/services/backup/backupContents';
import { backupsDir } from '../../electron/services/backup/backupKinds';
import { backupStore, backupStoreToFolder } from '../../electron/services/backup/backupStore';

const [dataDir, bloatMb] = process.argv.slice(2) as [string, string];

async function attempt(run: () => Promise<unknown>): Promise<{ ok: boolean; code?: string; message?: string }> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'UNEXPECTED', message: String(error) };
  }
}

async function main(): Promise<void> {
  const store = openStore(path.join(dataDir, 'parkdesk.sqlite'));
  const first = await attempt(() => backupStore(store, dataDir, 'daily', { now: new Date('2026-11-01T01:00:00Z') }));
  const filler = 'x'.repeat(1024 * 1024);
  store.transaction(() => {
    for (let i = 0; i < Number(bloatMb); i += 1) {
      store.sqlite.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(`filler.${i}`, JSON.stringify(`${filler}${i}`), 'now');
    }
  });
  const second = await attempt(() => backupStore(store, dataDir, 'daily', { now: new Date('2026-11-02T01:00:00Z') }));
  const toFolder = await attempt(() => backupStoreToFolder(store, backupsDir(dataDir)));
  // The store itself lives on the normal disk and must still take writes.
  store.sqlite.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('after', '"still writable"', 'now');
  const storeOk = store.sqlite.pragma('integrity_check', { simple: true }) === 'ok';
  store.close();
  const backupsLeft = fs.readdirSync(backupsDir(dataDir)).sort();
  const firstBackupOk = passesIntegrityCheck(path.join(backupsDir(dataDir), backupsLeft[0] ?? 'none'));
  console.log(JSON.stringify({ first, second, toFolder, storeOk, backupsLeft, firstBackupOk }));
}

void main();
