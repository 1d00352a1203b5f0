import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, TRANSLATIONS, type TranslationTable } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationTable };
    keySeparator: false;
    nsSeparator: false;
  }
}

/** Initialised once, synchronously (resources are bundled), before the first render. */
export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: TRANSLATIONS['zh-CN'] },
      en: { translation: TRANSLATIONS.en },
    },
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    keySeparator: false,
    nsSeparator: false,
    // React escapes text itself; escaping here would show "&quot;" in park names.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
