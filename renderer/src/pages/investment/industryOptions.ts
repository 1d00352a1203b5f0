import { DOOR_NAMES_EN, INDUSTRIES, findIndustry, industryPath, type Industry } from '../../../../db/reference/industries';
import type { Locale } from '../../i18n/resources';

export interface IndustryOption {
  value: string;
  label: string;
  children?: IndustryOption[];
}

/**
 * Industry names exist only in Chinese (GB/T 4754); in English the code leads so the entry is still
 * identifiable, and the 20 sections have their official English names.
 */
function nodeLabel(industry: Industry, locale: Locale): string {
  if (industry.level === 'door') return `${industry.code} ${locale === 'en' ? (DOOR_NAMES_EN[industry.code] ?? industry.name) : industry.name}`;
  return `${industry.code} ${industry.name}`;
}

function childrenOf(parent: string, locale: Locale): IndustryOption[] {
  return INDUSTRIES.filter((industry) => industry.parentCode === parent).map((industry) => {
    const children = childrenOf(industry.code, locale);
    return { value: industry.code, label: nodeLabel(industry, locale), ...(children.length ? { children } : {}) };
  });
}

/** Section → division → group, for the Cascader. */
export function industryCascaderOptions(locale: Locale): IndustryOption[] {
  return INDUSTRIES.filter((industry) => industry.level === 'door').map((door) => ({
    value: door.code,
    label: nodeLabel(door, locale),
    children: childrenOf(door.code, locale),
  }));
}

/** '367' → ['C', '36', '367'], the Cascader's value for a stored code; unknown → []. */
export function industryCascaderPath(code: string | null | undefined): string[] {
  return code ? industryPath(code).map((industry) => industry.code) : [];
}

/** For lists: the Chinese name alone in Chinese, code and name in English (the name has no translation). */
export function industryLabel(code: string, locale: Locale): string {
  const industry = findIndustry(code);
  if (!industry) return code;
  return locale === 'en' ? `${industry.code} ${industry.name}` : industry.name;
}
