import type { ApplicationStatus, ClockLight } from '../../../../db/reference/workflows';
import { parkIdsFromParam, periodFromParams, type MonthRange } from '../../app/listScopeParams';

/** What the applications toolbar filters on; sent to 'applications.list' as it is. */
export interface ApplicationFilters {
  templateId?: string;
  department?: string;
  status?: ApplicationStatus;
  light?: ClockLight;
  enterpriseId?: string;
  /** The project's park, else the enterprise's: one of these. */
  parkIds?: string[];
  /** Submitted in these months (set by a dashboard link, removed from its tag). */
  period?: MonthRange;
  search?: string;
}

/** The light, parks and period a dashboard link names in the address. */
export function filtersFromLink(light: ClockLight | undefined, params: Record<string, string>): ApplicationFilters {
  const parkIds = parkIdsFromParam(params.park);
  const period = periodFromParams(params);
  return { ...(light ? { light } : {}), ...(parkIds ? { parkIds } : {}), ...(period ? { period } : {}) };
}
