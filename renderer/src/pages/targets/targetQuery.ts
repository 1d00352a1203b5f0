import type { MethodInput, MethodOutput } from '../../../../electron/api/index';
import { isCountryCode } from '../../../../db/reference/countries';
import { TARGET_PRIORITIES, TARGET_STATUSES } from '../../../../db/reference/investment';
import type { TargetPriority, TargetStatus } from '../investment/investmentLabels';

export type TargetListRow = MethodOutput<'targets.list'>['rows'][number];
export type TargetListInput = NonNullable<MethodInput<'targets.list'>>;

export interface TargetFilters {
  search: string;
  countryCode?: string;
  industryCode?: string;
  status?: TargetStatus;
  priority?: TargetPriority;
  parkId?: string;
}

export const EMPTY_TARGET_FILTERS: TargetFilters = { search: '' };

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  list.find((item) => item === value);

/**
 * Filters handed over in the address ("#/targets?country=DE&industry=34", from a matrix cell); anything that is
 * not a known country, a division/group code, a status or a priority is ignored rather than sent.
 */
export function filtersFromParams(params: Record<string, string>): TargetFilters {
  const country = params.country?.toUpperCase();
  return {
    search: params.search ?? '',
    ...(country && isCountryCode(country) ? { countryCode: country } : {}),
    ...(params.industry && /^\d{2,4}$/.test(params.industry) ? { industryCode: params.industry } : {}),
    ...(oneOf(TARGET_STATUSES, params.status) ? { status: oneOf(TARGET_STATUSES, params.status) } : {}),
    ...(oneOf(TARGET_PRIORITIES, params.priority) ? { priority: oneOf(TARGET_PRIORITIES, params.priority) } : {}),
  };
}

export function hasTargetFilters(filters: TargetFilters): boolean {
  const { search, ...rest } = filters;
  return Boolean(search.trim() || Object.values(rest).some(Boolean));
}

export function toTargetQuery(filters: TargetFilters, paging: { page: number; pageSize: number }): TargetListInput {
  const search = filters.search.trim();
  const industry = filters.industryCode && /^\d{2,4}$/.test(filters.industryCode) ? filters.industryCode : undefined;
  return {
    ...(search ? { search } : {}),
    ...(filters.countryCode ? { countryCode: filters.countryCode } : {}),
    ...(industry ? { industryCode: industry } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.parkId ? { parkId: filters.parkId } : {}),
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  };
}

/** A follow-up due before today and not yet superseded is overdue: the list shows it in red. */
export function isOverdue(nextDueOn: string | null, today: string): boolean {
  return nextDueOn !== null && nextDueOn < today;
}
