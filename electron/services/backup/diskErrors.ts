import { AppError } from '../appError';

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'SQLITE_FULL']);
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * A backup that cannot be written tells the user why in words they can act on: the disk (or USB stick) is
 * full, or the folder cannot be written. Anything else is a bug and keeps its stack.
 */
export function toBackupWriteError(error: unknown, target: string): unknown {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  const base = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  const details = { target, cause: (error as Error)?.message ?? String(error) };
  if (FULL.has(base) || FULL.has(code)) return new AppError('BACKUP_DISK_FULL', undefined, details);
  if (UNWRITABLE.has(base) || UNWRITABLE.has(code) || code === 'SQLITE_IOERR' || base === 'SQLITE_IOERR') {
    return new AppError('BACKUP_TARGET_UNWRITABLE', undefined, details);
  }
  return error;
}
