import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';

/**
 * Countries and regions by ISO 3166-1 alpha-2 (the letters GB/T 2659 uses). Names come from
 * i18n-iso-countries, with the regions named the way GB/T 2659 and Chinese government forms name them.
 */
countries.registerLocale(en);
countries.registerLocale(zh);

const GB_T_2659_NAMES: Record<string, { zh: string; en: string }> = {
  HK: { zh: '中国香港', en: 'Hong Kong, China' },
  MO: { zh: '中国澳门', en: 'Macao, China' },
  TW: { zh: '中国台湾', en: 'Taiwan, China' },
};

export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && code.length === 2 && code === code.toUpperCase();
}

export function countryName(code: string, locale: 'zh-CN' | 'en'): string {
  const override = GB_T_2659_NAMES[code];
  if (override) return locale === 'en' ? override.en : override.zh;
  return countries.getName(code, locale === 'en' ? 'en' : 'zh') ?? code;
}
