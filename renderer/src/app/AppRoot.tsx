import { App as AntApp, ConfigProvider } from 'antd';
import { antdLocaleFor } from '../i18n/antdLocale';
import { ErrorBoundary } from './ErrorBoundary';
import { LocaleProvider } from './localeContext';
import { Startup } from './Startup';
import { themeFor } from './theme';

/** Language and theme for every antd component, message and modal; a last-resort error boundary. */
export function AppRoot() {
  return (
    <LocaleProvider>
      {(locale) => (
        <ConfigProvider locale={antdLocaleFor(locale)} theme={themeFor(locale)} button={{ autoInsertSpace: false }}>
          <AntApp>
            <ErrorBoundary>
              <Startup />
            </ErrorBoundary>
          </AntApp>
        </ConfigProvider>
      )}
    </LocaleProvider>
  );
}
