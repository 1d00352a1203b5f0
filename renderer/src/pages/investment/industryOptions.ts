import { INDUSTRIES, findIndustry, industryPath, type Industry } from '../../../../db/reference/industries';
import type { Locale } from '../../i18n/resources';

export interface IndustryOption {
  value: string;
  label: string;
  children?: IndustryOption[];
}

/** The GB/T 4754 name in Chinese, the standard's English wording in English. */
function nameIn(industry: Industry, locale: Locale): string {
  return locale === 'en' ? industry.nameEn : industry.name;
}

/** The picker shows the code too: staff look industries up by code as often as by name. */
function nodeLabel(industry: Industry, locale: Locale): string {
  return `${industry.code} ${nameIn(industry, locale)}`;
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

/** For lists, details and audit rows: the name alone, in the user's language; an unknown code as it is. */
export function industryLabel(code: string, locale: Locale): string {
  const industry = findIndustry(code);
  return industry ? nameIn(industry, locale) : code;
}

/**
 * For a chart axis or a narrow list column, where a label has room for a few words: in English the
 * "Manufacture of" that most manufacturing names begin with is dropped ("Automobiles", "Electrical machinery and
 * equipment"), otherwise every bar and row would read "Manufacture of …"; Chinese names are short already.
 * Show the full industryLabel beside it (tooltip, title).
 */
export function industryShortLabel(code: string, locale: Locale): string {
  const label = industryLabel(code, locale);
  if (locale !== 'en' || !label.startsWith('Manufacture of ')) return label;
  const rest = label.slice('Manufacture of '.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
