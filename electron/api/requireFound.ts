import { AppError } from '../services/appError';

/** A record the caller named must exist (and not be deleted); otherwise the user is told it is gone. */
export function requireFound<T>(row: T | undefined, entity: string, id: string): T {
  if (row === undefined) throw new AppError('NOT_FOUND', undefined, { entity, id });
  return row;
}
