import type { ErrorCode } from './errorCodes';
import { MESSAGES_EN } from './messagesEn';
import { MESSAGES_ZH_CN, type MessageKey } from './messagesZhCN';

/**
 * The one catalog of error and validation messages, one file per language. The API fills `message` from the
 * Chinese text; the renderer loads both languages into i18next so the user reads them in the language they chose.
 */
export type { MessageKey };

export const MESSAGES: Record<'zh-CN' | 'en', Record<MessageKey, string>> = { 'zh-CN': MESSAGES_ZH_CN, en: MESSAGES_EN };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(MESSAGES_ZH_CN, value);
}

export function codeMessageKey(code: ErrorCode): MessageKey {
  return `code.${code}`;
}

export function formatMessage(key: MessageKey, params: Record<string, string | number> = {}, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return MESSAGES[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
