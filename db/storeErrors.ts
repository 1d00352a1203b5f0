import { AppError } from '../electron/services/appError';

/** SQLite result codes that mean something to the user, mapped to the app's error codes. */
const SQLITE_TO_APP: Record<string, 'STORE_CORRUPT' | 'STORE_LOCKED' | 'STORE_CANNOT_OPEN' | 'STORE_READONLY' | 'STORE_FULL'> = {
  SQLITE_NOTADB: 'STORE_CORRUPT',
  SQLITE_CORRUPT: 'STORE_CORRUPT',
  SQLITE_BUSY: 'STORE_LOCKED',
  SQLITE_LOCKED: 'STORE_LOCKED',
  SQLITE_CANTOPEN: 'STORE_CANNOT_OPEN',
  SQLITE_READONLY: 'STORE_READONLY',
  SQLITE_FULL: 'STORE_FULL',
  SQLITE_IOERR: 'STORE_CANNOT_OPEN',
};

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns a raw SQLite failure into an AppError the user can act on; other errors pass through. */
export function toStoreError(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error);
  if (!code) return error;
  const base = Object.keys(SQLITE_TO_APP).find((prefix) => code === prefix || code.startsWith(`${prefix}_`));
  if (!base) return error;
  const appCode = SQLITE_TO_APP[base]!;
  return new AppError(appCode, undefined, { file, sqliteCode: code, cause: (error as Error).message });
}
