import { MESSAGES, type MessageKey } from '../../../electron/api/contract/messages';
import { en } from './en';
import { zhCN, type UiKey } from './zhCN';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export type ErrorKey = `errors.${MessageKey}`;
export type TranslationTable = Record<UiKey | ErrorKey, string>;

/** The API's error catalog under `errors.`, so server codes and field keys translate like any UI text. */
function withErrorCatalog(ui: Record<UiKey, string>, locale: Locale): TranslationTable {
  const errors = Object.fromEntries(
    Object.entries(MESSAGES[locale]).map(([key, text]) => [`errors.${key}`, text]),
  ) as Record<ErrorKey, string>;
  return { ...ui, ...errors };
}

export const TRANSLATIONS: Record<Locale, TranslationTable> = {
  'zh-CN': withErrorCatalog(zhCN, 'zh-CN'),
  en: withErrorCatalog(en, 'en'),
};
