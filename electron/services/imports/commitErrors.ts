import { formatMessage } from '../../api/contract/messages';
import { AppError } from '../appError';

const DISK_FULL = /^(SQLITE_FULL|ENOSPC|EDQUOT|EFBIG)/;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Why a commit did not happen, in words that also say what the user has now: in every case below the
 * transaction was rolled back, so the store is exactly as it was before the import.
 */
export function toCommitError(error: unknown, cancelled: boolean): AppError {
  if (cancelled) return new AppError('IMPORT_CANCELLED');
  if (error instanceof AppError) return error;
  const cause = (error as Error)?.message ?? String(error);
  if (DISK_FULL.test(codeOf(error))) return new AppError('IMPORT_DISK_FULL', undefined, { cause, sqliteCode: codeOf(error) });
  return new AppError('IMPORT_FAILED', formatMessage('code.IMPORT_FAILED'), { cause });
}

export function importError(code: 'IMPORT_HAS_PROBLEMS' | 'IMPORT_DUPLICATE' | 'IMPORT_BACKUP_FAILED' | 'IMPORT_STALE' | 'IMPORT_FILE_GONE', params: Record<string, string | number>, details: Record<string, unknown> = {}): AppError {
  // `params` travel in details so the window can word the message in the user's language with the same figures.
  return new AppError(code, formatMessage(`code.${code}`, params), { ...details, params });
}
