import type { Store } from '../../../db/client';
import { backupFilesIn, type BackupFile } from './backupFiles';
import { backupsDir } from './backupKinds';
import { backupStore } from './backupStore';
import { isDemoStoreFile } from '../demo/demoFiles';

/** The desk's own calendar day (local time): a backup at 23:50 and one at 00:10 are on two days. */
function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const newest = backupFilesIn(backupsDir(dataDir)).find((b) => b.kind === 'daily');
  return !newest || localDay(newest.createdAt) !== localDay(now);
}

/** Makes today's daily backup unless one exists; returns it, or null when none was due. */
export async function ensureDailyBackup(store: Store, dataDir: string, now: Date, appVersion?: string): Promise<BackupFile | null> {
  if (!dailyBackupDue(dataDir, now)) return null;
  return backupStore(store, dataDir, 'daily', { now, ...(appVersion ? { appVersion } : {}) });
}

export interface DailyBackupTimer {
  stop(): void;
}

/**
 * On start and then every `checkEveryMs` (an hour by default): a desk left running for a week still gets one
 * backup per day. A failure (disk full) is reported and retried at the next check, never thrown at the app.
 * While an import's transaction is open the backup cannot start (it would copy half an import); it is tried again
 * `busyRetryMs` later (a minute by default) instead of waiting for the next hourly check.
 */
export function startDailyBackups(options: {
  store: () => Store;
  dataDir: string;
  now: () => Date;
  appVersion?: string;
  onError: (error: unknown) => void;
  checkEveryMs?: number;
  busyRetryMs?: number;
}): DailyBackupTimer {
  let running = false;
  let retry: NodeJS.Timeout | undefined;
  const check = () => {
    if (running) return;
    const store = options.store();
    // The demo store is rebuilt from its pristine copy; backing it up would only push real backups out of rotation.
    if (isDemoStoreFile(options.dataDir, store.file)) return;
    if (store.sqlite.inTransaction) {
      clearTimeout(retry);
      retry = setTimeout(check, options.busyRetryMs ?? 60 * 1000);
      retry.unref();
      return;
    }
    running = true;
    ensureDailyBackup(store, options.dataDir, options.now(), options.appVersion)
      // A store closed under the backup means the app is quitting: the partial file is gone, nothing to report.
      .catch((error: unknown) => (store.sqlite.open ? options.onError(error) : undefined))
      .finally(() => {
        running = false;
      });
  };
  check();
  const timer = setInterval(check, options.checkEveryMs ?? 60 * 60 * 1000);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      clearTimeout(retry);
    },
  };
}
