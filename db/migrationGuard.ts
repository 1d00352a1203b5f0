import type Database from 'better-sqlite3';
import { AppError } from '../electron/services/appError';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface KnownMigration {
  folderMillis: number;
  hash: string;
}

/**
 * Refuses a store written by a newer app: one whose migration history holds a step this build does not know.
 * Opening it would let old code write into tables it does not understand.
 */
export function refuseStoreFromFuture(sqlite: Database.Database, known: KnownMigration[], file: string): void {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!table) return;
  const applied = sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${MIGRATIONS_TABLE}`).all() as {
    hash: string;
    createdAt: number | string;
  }[];
  const knownHashes = new Set(known.map((m) => m.hash));
  const newestKnown = Math.max(0, ...known.map((m) => m.folderMillis));
  const unknown = applied.filter((m) => !knownHashes.has(m.hash) && Number(m.createdAt) > newestKnown);
  if (unknown.length > 0) {
    throw new AppError('STORE_FROM_FUTURE', undefined, { file, unknownMigrations: unknown.length });
  }
}

export function pendingMigrationCount(sqlite: Database.Database, known: KnownMigration[]): number {
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATIONS_TABLE);
  if (!table) return known.length;
  const last = sqlite.prepare(`SELECT MAX(created_at) AS last FROM ${MIGRATIONS_TABLE}`).get() as { last: number | null };
  return known.filter((m) => m.folderMillis > Number(last.last ?? 0)).length;
}
