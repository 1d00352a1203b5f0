import i18next from 'i18next';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { applyDayjsLocale } from '../i18n/antdLocale';
import { DEFAULT_LOCALE, type Locale } from '../i18n/resources';

interface LocaleState {
  locale: Locale;
  /** Shows the interface in `next` (text, antd components, dates); saving the choice is the caller's job. */
  showLocale(next: Locale): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function useLocaleState(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocaleState outside LocaleProvider');
  return state;
}

/** Holds the language above antd's ConfigProvider, which needs it too (see AppRoot). */
export function LocaleProvider({ children }: { children: (locale: Locale) => ReactNode }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const showLocale = useCallback((next: Locale) => {
    void i18next.changeLanguage(next);
    applyDayjsLocale(next);
    document.documentElement.lang = next;
    setLocale(next);
  }, []);
  const value = useMemo(() => ({ locale, showLocale }), [locale, showLocale]);
  return <LocaleContext.Provider value={value}>{children(locale)}</LocaleContext.Provider>;
}
