import type { TFunction } from 'i18next';
import { countryName } from '../../../../db/reference/countries';
import { PARK_KINDS, PARK_LEVELS, type ParkKind, type ParkLevel } from '../../../../db/reference/parkKinds';
import type { Locale } from '../../i18n/resources';

export function kindLabel(kind: ParkKind, t: TFunction): string {
  return t(`parkKind.${kind}`);
}

export function levelLabel(level: ParkLevel, t: TFunction): string {
  return t(`parkLevel.${level}`);
}

export function kindOptions(t: TFunction): { value: ParkKind; label: string }[] {
  return PARK_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, t) }));
}

export function levelOptions(t: TFunction): { value: ParkLevel; label: string }[] {
  return PARK_LEVELS.map((level) => ({ value: level, label: levelLabel(level, t) }));
}

export function countryList(codes: readonly string[], locale: Locale): string {
  return codes.map((code) => countryName(code, locale)).join(locale === 'en' ? ', ' : '、');
}

/** 亩 with exactly two decimals, grouped the way the user's language groups digits. */
export function formatArea(areaMu: number, locale: Locale): string {
  return areaMu.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
