import type { TFunction } from 'i18next';
import { countryName } from '../../../../db/reference/countries';
import type { UiKey } from '../../i18n/zhCN';
import type { Locale } from '../../i18n/resources';
import { industryLabel } from '../investment/industryOptions';
import { priorityLabel, targetStatusLabel, type TargetPriority, type TargetStatus } from '../investment/investmentLabels';

const FIELD_KEYS: Partial<Record<string, UiKey>> = {
  company: 'targetForm.company',
  companyOriginal: 'targetForm.companyOriginal',
  countryCode: 'targetForm.countryCode',
  industryCode: 'targetForm.industryCode',
  parkId: 'targetForm.parkId',
  priority: 'targetForm.priority',
  owner: 'targetForm.owner',
  status: 'targetForm.status',
  plan: 'targetForm.plan',
};

/** The target's fields named as on its form; the converted project's id shows as the status change instead. */
export function targetFieldLabel(field: string, t: TFunction): string | null {
  const key = FIELD_KEYS[field];
  return key ? t(key) : null;
}

export function targetFieldValue(field: string, value: unknown, ctx: { t: TFunction; locale: Locale; parkName(id: string): string }): string {
  if (field === 'status') return targetStatusLabel(value as TargetStatus, ctx.t);
  if (field === 'priority') return priorityLabel(value as TargetPriority, ctx.t);
  if (field === 'countryCode') return countryName(String(value), ctx.locale);
  if (field === 'industryCode') return industryLabel(String(value), ctx.locale);
  if (field === 'parkId') return ctx.parkName(String(value));
  return String(value);
}
