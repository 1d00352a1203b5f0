import { COUNTRY_CODES, countryName } from '../../../../db/reference/countries';
import { ZHEJIANG_CITIES, ZHEJIANG_DIVISIONS, findDivision } from '../../../../db/reference/zhejiangDivisions';
import type { Locale } from '../../i18n/resources';

export interface Option {
  value: string;
  label: string;
}

export interface CascaderOption extends Option {
  children?: CascaderOption[];
}

function placeName(division: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'en' ? division.nameEn : division.name;
}

export function cityOptions(locale: Locale): Option[] {
  return ZHEJIANG_CITIES.map((city) => ({ value: city.code, label: placeName(city, locale) }));
}

/** City → county/district, for the Cascader; a city alone is a valid answer too. */
export function divisionOptions(locale: Locale): CascaderOption[] {
  return ZHEJIANG_CITIES.map((city) => ({
    value: city.code,
    label: placeName(city, locale),
    children: ZHEJIANG_DIVISIONS.filter((d) => d.cityCode === city.code).map((d) => ({
      value: d.code,
      label: placeName(d, locale),
    })),
  }));
}

/** '330482' → ['330400', '330482']; a city code → [city]; unknown → [] so the Cascader shows nothing. */
export function divisionPath(code: string | null | undefined): string[] {
  const division = code ? findDivision(code) : undefined;
  if (!division) return [];
  return division.cityCode ? [division.cityCode, division.code] : [division.code];
}

const collators: Record<Locale, Intl.Collator> = {
  'zh-CN': new Intl.Collator('zh-CN'),
  en: new Intl.Collator('en'),
};

/** Every country or region, named and sorted in the user's language (pinyin order in Chinese). */
export function countryOptions(locale: Locale): Option[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
    collators[locale].compare(a.label, b.label),
  );
}

/** Matches the name in the user's language or the two-letter code ("de" finds Germany / 德国). */
export function matchesCountry(input: string, option: Option | undefined): boolean {
  if (!option) return false;
  const needle = input.trim().toLowerCase();
  return option.label.toLowerCase().includes(needle) || option.value.toLowerCase() === needle;
}
