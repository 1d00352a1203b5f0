import { AppError } from '../services/appError';

/** A record the caller named must exist (and not be deleted); otherwise the user is told it is gone. */
export function requireFound<T>(row: T | undefined, entity: string, id: string): T {
  if (row === undefined) throw new AppError('NOT_FOUND', undefined, { entity, id });
  return row;
}

/** The user edited version `expectedUpdatedAt`; a newer one in the store means someone else saved in between. */
export function refuseStaleEdit(entity: string, current: { id: string; updatedAt: string }, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt && expectedUpdatedAt !== current.updatedAt) {
    throw new AppError('CONFLICT', undefined, { entity, id: current.id, current: current.updatedAt });
  }
}
