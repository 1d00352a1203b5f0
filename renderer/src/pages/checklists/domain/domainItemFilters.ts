import type { MethodInput } from '../../../../../electron/api/index';
import type { ChecklistDomain } from '../../../../../db/reference/checklists';
import { parkIdsFromParam } from '../../../app/listScopeParams';

export type OpenStatus = 'not_started' | 'in_progress' | 'blocked';
export const OPEN_STATUSES: OpenStatus[] = ['not_started', 'in_progress', 'blocked'];

/** What the per-domain toolbar filters on; empty values mean "no filter". */
export interface DomainItemFilters {
  domain?: ChecklistDomain;
  /** The checklist's park is one of these; never an empty list (so an unfiltered list has no value here). */
  parkIds?: string[];
  status?: OpenStatus;
  /** As settled (trimmed, debounced) by the toolbar. */
  assignee?: string;
  overdueOnly: boolean;
}

/**
 * The filters a dashboard link names in the address: `park=<id>,<id>` and `overdue=1`. The dashboard's overdue
 * count is checked against 'checklistItems.open' for exactly this reading (tests/integration/dashboardDemo.test.ts).
 */
export function domainFiltersFromParams(params: Record<string, string>): DomainItemFilters {
  const parkIds = parkIdsFromParam(params.park);
  return { ...(parkIds ? { parkIds } : {}), overdueOnly: params.overdue === '1' };
}

/** Toolbar → the API's query, without the window. */
export function toOpenItemsQuery(filters: DomainItemFilters): NonNullable<MethodInput<'checklistItems.open'>> {
  return {
    ...(filters.domain ? { domain: filters.domain } : {}),
    ...(filters.parkIds?.length ? { parkIds: filters.parkIds } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(filters.overdueOnly ? { overdueOnly: true } : {}),
  };
}
