import type { ErrorCode } from '../api/contract/errorCodes';
import { codeMessageKey, formatMessage, type MessageKey } from '../api/contract/messages';
import type { FieldIssue } from '../api/contract/result';

/** The one error type services throw; transports turn it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = formatMessage(codeMessageKey(code)),
    readonly details?: { fields?: FieldIssue[] } & Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A validation failure pinned to one field, e.g. a duplicate name found only by the database. */
export function fieldError(path: string, key: MessageKey, params?: Record<string, string | number>): AppError {
  return new AppError('VALIDATION', formatMessage('code.VALIDATION'), {
    fields: [{ path, key, ...(params ? { params } : {}) }],
  });
}
