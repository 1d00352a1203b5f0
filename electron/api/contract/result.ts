import type { ErrorCode } from './errorCodes';
import type { MessageKey } from './messages';

/** One problem with one input field; `key` names a message in the shared catalog. */
export interface FieldIssue {
  path: string;
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface ApiErrorPayload {
  code: ErrorCode;
  /** Chinese text for logs and the command line; the renderer translates `code` / field keys itself. */
  message: string;
  details?: { fields?: FieldIssue[] } & Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
