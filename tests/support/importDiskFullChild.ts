/**
 * Runs inside `unshare --user --map-root-user --mount` with a small tmpfs at <mountDir>: copies the prepared data
 * folder onto it and commits the prepared import there, so the kernel's ENOSPC hits the import's transaction. Prints
 * one JSON line: the error the user would read and the store's state before and after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type Store } from '../../db/client';
import { AppError } from '../../electron/services/appError';
import { commitImport } from '../../electron/services/imports/commitImport';

const [sourceDir, mountDir, batchId] = process.argv.slice(2) as [string, string, string];

function fingerprint(store: Store) {
  const count = (table: string) => (store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    integrity: String(store.sqlite.pragma('integrity_check', { simple: true })),
    enterprises: count('enterprises'),
    projects: count('projects'),
    auditRows: count('audit_log'),
    batchRecords: count('import_batch_records'),
    committedBatches: (store.sqlite.prepare("SELECT COUNT(*) AS n FROM import_batches WHERE status = 'committed'").get() as { n: number }).n,
  };
}

async function main(): Promise<void> {
  fs.cpSync(sourceDir, mountDir, { recursive: true });
  const store = openStore(path.join(mountDir, 'parkdesk.sqlite'));
  const before = fingerprint(store);
  let error: { code: string; message: string } | null = null;
  try {
    await commitImport({ store, dataDir: mountDir, actor: '磁盘测试', now: () => new Date(), read: () => Promise.reject(new Error('cached')) }, { batchId });
  } catch (caught) {
    error = caught instanceof AppError ? { code: caught.code, message: caught.message } : { code: 'UNEXPECTED', message: String(caught) };
  }
  const backups = fs.existsSync(path.join(mountDir, 'backups')) ? fs.readdirSync(path.join(mountDir, 'backups')) : [];
  store.close();
  const reopened = openStore(path.join(mountDir, 'parkdesk.sqlite'));
  const after = fingerprint(reopened);
  reopened.close();
  console.log(JSON.stringify({ error, before, after, backups }));
}

void main();
