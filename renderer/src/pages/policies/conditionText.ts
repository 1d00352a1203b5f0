import type { TFunction } from 'i18next';
import type { EnterpriseTag, ProjectType } from '../../../../db/reference/investment';
import { countryName } from '../../../../db/reference/countries';
import type { ClauseApplicability } from '../../../../db/reference/policies';
import type { Locale } from '../../i18n/resources';
import { industryLabel } from '../investment/industryOptions';
import { tagLabel, typeLabel } from '../investment/investmentLabels';

export type ConditionName = keyof ClauseApplicability;

/** One condition in words: "园区类型：高新区、经济开发区". `value` is the server's comma-joined codes. */
export function conditionText(condition: ConditionName, value: string, t: TFunction, locale: Locale): string {
  const codes = value.split(',').filter(Boolean);
  const words = (() => {
    switch (condition) {
      case 'parkKinds':
        return codes.map((c) => t(`parkKind.${c as 'high_tech'}`));
      case 'parkLevels':
        return codes.map((c) => t(`parkLevel.${c as 'national'}`));
      case 'tagsAny':
        return codes.map((c) => tagLabel(c as EnterpriseTag, t));
      case 'industryPrefixes':
        return codes.map((c) => industryLabel(c, locale));
      case 'countries':
        return codes.map((c) => countryName(c, locale));
      case 'projectTypes':
        return codes.map((c) => typeLabel(c as ProjectType, t));
      case 'minProjectUsd':
        return [Number(value).toLocaleString('en-US')];
      case 'validFrom':
      case 'validTo':
        return [value];
    }
  })();
  // English industry names have commas of their own ("Manufacture of liquor, beverages and refined tea").
  const separator = locale === 'en' ? (condition === 'industryPrefixes' ? '; ' : ', ') : '、';
  return `${t(`cond.${condition}`)}${locale === 'en' ? ': ' : '：'}${words.join(separator)}`;
}

/** The conditions a clause sets, as (condition, codes) pairs in a fixed order; empty lists mean "any" and are left out. */
export function conditionsOf(rule: ClauseApplicability): { condition: ConditionName; value: string }[] {
  const lists: ConditionName[] = ['parkKinds', 'parkLevels', 'tagsAny', 'industryPrefixes', 'countries', 'projectTypes'];
  const out = lists.flatMap((condition) => {
    const list = rule[condition] as string[];
    return list.length ? [{ condition, value: list.join(',') }] : [];
  });
  if (rule.minProjectUsd !== null) out.push({ condition: 'minProjectUsd', value: String(rule.minProjectUsd) });
  if (rule.validFrom) out.push({ condition: 'validFrom', value: rule.validFrom });
  if (rule.validTo) out.push({ condition: 'validTo', value: rule.validTo });
  return out;
}
