import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { backupsDir } from './backupKinds';
import { findNewestGoodBackup, restoreIntoFreshFile } from './restoreBackup';

/**
 * What a host offers when the store fails its check at start: the newest backup that passes the full check
 * (and was not written by a newer app — this build's migrations decide), and restoring it into a fresh file.
 */
export function damagedStoreRecovery(dataDir: string, migrationsFolder: string) {
  return {
    findNewestGoodBackup() {
      const backup = findNewestGoodBackup(dataDir, readMigrationFiles({ migrationsFolder }));
      return backup ? { name: backup.name, createdAt: backup.createdAt } : null;
    },
    restoreInto(file: string, backup: { name: string }): Promise<void> {
      return restoreIntoFreshFile(path.join(backupsDir(dataDir), backup.name), file);
    },
  };
}
