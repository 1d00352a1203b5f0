import type { ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from './resources';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, en: enUS };
// dayjs names months and weekdays in the DatePicker; antd leaves choosing its locale to the app.
const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export function antdLocaleFor(locale: Locale): AntdLocale {
  return ANTD_LOCALES[locale];
}

export function applyDayjsLocale(locale: Locale): void {
  dayjs.locale(DAYJS_LOCALES[locale]);
}
