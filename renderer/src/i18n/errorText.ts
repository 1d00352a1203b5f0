import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../electron/api/contract/result';
import { isMessageKey } from '../../../electron/api/contract/messages';
import { ApiCallError } from '../api/apiCallError';

type Details = Record<string, unknown> | undefined;

/** One field problem in the user's language, with its limit filled in ("最多 10 项"). */
export function fieldIssueText(issue: FieldIssue, t: TFunction): string {
  return t(`errors.${issue.key}`, issue.params ?? {});
}

/** The figures a message is worded with ("已于 {{committedAt}} 导入过"): `details.params`, else the details themselves. */
function paramsOf(details: Details): Record<string, unknown> {
  const params = details?.params;
  return params && typeof params === 'object' ? { ...details, ...(params as Record<string, unknown>) } : { ...details };
}

/**
 * An API refusal in the user's language with its particulars: a more specific message when the service names one
 * (`details.messageKey`, e.g. the workbook guard's "这是旧版 .xls 文件…"), else the code's message.
 */
export function codeText(code: string, details: Details, t: TFunction): string {
  const specific = details?.messageKey;
  if (typeof specific === 'string' && isMessageKey(specific)) return t(`errors.${specific}`, paramsOf(details));
  const key = `code.${code}`;
  return isMessageKey(key) ? t(`errors.${key}`, paramsOf(details)) : t('errors.unexpected');
}

/** Any failure as one sentence the user can act on; never the raw (Chinese-only) server message. */
export function errorText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiCallError)) return t('errors.unexpected');
  switch (error.reason) {
    case 'unauthorized':
      return t('errors.client.unauthorized');
    case 'network':
      return t('errors.client.network');
    case 'badResponse':
      return t('errors.client.badResponse');
    case 'api':
      return codeText(error.code, error.payload.details, t);
  }
}
