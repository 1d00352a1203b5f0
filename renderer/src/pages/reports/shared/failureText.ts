import type { TFunction } from 'i18next';
import { isMessageKey } from '../../../../../electron/api/contract/messages';
import { ApiCallError } from '../../../api/apiCallError';
import { errorText } from '../../../i18n/errorText';

type Details = Record<string, unknown> | undefined;

function paramsOf(details: Details): Record<string, unknown> {
  const params = details?.params;
  return params && typeof params === 'object' ? { ...details, ...(params as Record<string, unknown>) } : { ...details };
}

/**
 * A failure with its particulars: the workbook guard names why a file was refused (`details.messageKey`, e.g.
 * "这是旧版 .xls 文件…"), other codes fill their message from the details ("已于 … 导入过").
 */
export function codeText(code: string, details: Details, t: TFunction): string {
  const specific = details?.messageKey;
  if (typeof specific === 'string' && isMessageKey(specific)) return t(`errors.${specific}`, paramsOf(details));
  const key = `code.${code}`;
  return isMessageKey(key) ? t(`errors.${key}`, paramsOf(details)) : t('errors.unexpected');
}

/** errorText, but an API refusal keeps its particulars. */
export function failureText(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError && error.reason === 'api') return codeText(error.code, error.payload.details, t);
  return errorText(error, t);
}
