import type { ApiErrorPayload, FieldIssue } from '../../../electron/api/contract/result';

/**
 * Why a call failed: the API said no (`api`), browser mode has no valid token (`unauthorized`), the server
 * could not be reached (`network`), or it answered something that is not a Result (`badResponse`).
 */
export type FailureReason = 'api' | 'unauthorized' | 'network' | 'badResponse';

export class ApiCallError extends Error {
  constructor(
    readonly payload: ApiErrorPayload,
    readonly reason: FailureReason = 'api',
    options?: { cause?: unknown },
  ) {
    super(payload.message, options);
    this.name = 'ApiCallError';
  }

  get code(): ApiErrorPayload['code'] {
    return this.payload.code;
  }

  get fieldIssues(): FieldIssue[] {
    return this.payload.details?.fields ?? [];
  }
}

/** A failure that happened on our side of the transport, with no API payload to show. */
export function clientFailure(reason: Exclude<FailureReason, 'api'>, cause?: unknown): ApiCallError {
  const code = reason === 'unauthorized' ? 'FORBIDDEN' : 'INTERNAL';
  return new ApiCallError({ code, message: reason }, reason, { cause });
}
