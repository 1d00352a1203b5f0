import type { TFunction } from 'i18next';
import { countryName } from '../../../../db/reference/countries';
import type { ChecklistApplicability } from '../../../../db/schema';
import type { Locale } from '../../i18n/resources';
import { tagLabel, typeLabel } from '../investment/investmentLabels';
import { needLabel } from './checklistLabels';

/**
 * Why an item applies, in words: the conditions the template states (all of them held, or the server would not have
 * listed it). No condition means every enterprise needs it.
 */
export function applicabilityText(rule: ChecklistApplicability, t: TFunction, locale: Locale): string {
  const sep = locale === 'en' ? ', ' : '、';
  const parts: string[] = [];
  if (rule.needs.length) parts.push(t('cl.why.needs', { list: rule.needs.map((n) => needLabel(n, t)).join(sep) }));
  if (rule.tagsAny.length) parts.push(t('cl.why.tags', { list: rule.tagsAny.map((tag) => tagLabel(tag, t)).join(sep) }));
  if (rule.projectTypes.length) parts.push(t('cl.why.types', { list: rule.projectTypes.map((p) => typeLabel(p, t)).join(sep) }));
  if (rule.countries.length) parts.push(t('cl.why.countries', { list: rule.countries.map((c) => countryName(c, locale)).join(sep) }));
  return parts.length ? parts.join(locale === 'en' ? '; ' : '；') : t('cl.why.always');
}
