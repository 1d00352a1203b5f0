import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../electron/api/contract/result';
import { isMessageKey } from '../../../electron/api/contract/messages';
import { ApiCallError } from '../api/apiCallError';

/** One field problem in the user's language, with its limit filled in ("最多 10 项"). */
export function fieldIssueText(issue: FieldIssue, t: TFunction): string {
  return t(`errors.${issue.key}`, issue.params ?? {});
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
    case 'api': {
      const key = `code.${error.code}`;
      return isMessageKey(key) ? t(`errors.${key}`) : t('errors.unexpected');
    }
  }
}
