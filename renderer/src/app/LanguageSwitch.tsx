import { App as AntApp, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { LOCALES, type Locale } from '../i18n/resources';
import { useLocaleState } from './localeContext';

/** 中文 / English, switched at once; the choice is saved so the next start opens in the same language. */
export function LanguageSwitch({ testId = 'lang-switch' }: { testId?: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { locale, showLocale } = useLocaleState();

  const choose = (next: Locale) => {
    showLocale(next);
    call('system.setLocale', { locale: next }).catch((error: unknown) => message.error(errorText(error, t)));
  };

  return (
    <Segmented<Locale>
      data-testid={testId}
      aria-label={t('lang.label')}
      value={locale}
      onChange={choose}
      options={LOCALES.map((value) => ({
        value,
        label: <span data-testid={`${testId}-${value}`}>{t(value === 'en' ? 'lang.en' : 'lang.zh')}</span>,
      }))}
    />
  );
}
