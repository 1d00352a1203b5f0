import { formatMessage, type MessageKey } from '../../api/contract/messages';
import { AppError } from '../appError';

/**
 * A refused workflow action, pinned to the input it is about ('status' when the application's state forbids it).
 * Unlike fieldError the message is the specific text, so logs and the command line say what was wrong.
 */
export function refuse(path: string, key: MessageKey, params?: Record<string, string | number>): AppError {
  return new AppError('VALIDATION', formatMessage(key, params), { fields: [{ path, key, ...(params ? { params } : {}) }] });
}

/** Names as one list in the message: 营业执照、护照. */
export function nameList(names: readonly string[]): string {
  return names.join('、');
}
