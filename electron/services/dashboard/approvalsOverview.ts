import type { Store } from '../../../db/client';
import { applicationParkSql } from '../../../db/repos/applicationPark';
import { countOpenItems } from '../../../db/repos/checklistsRepo';
import { RUNNING_STATUSES } from '../../../db/reference/workflows';
import { lastDayOf } from '../indicators/periods';
import { listApplications, type ClockSetting } from '../workflows/applicationQueries';
import { parkClause, parkParam, scopeParams, type DashboardScope, type RecordLink } from './dashboardScope';

const LIGHTS = ['green', 'yellow', 'red'] as const;

/**
 * Running applications submitted in the range, counted by today's light (the workflow clocks decide it), and the
 * service-checklist items that are still open past their due day. Each count links to the filtered list.
 *
 * The overdue items are counted by the per-domain list's own query (same park rule, statuses and "before today"),
 * so the number is the list's total for the link: every chosen park, no period (an overdue item is overdue
 * whenever it was created, and the list has no period filter). With no park chosen it is every overdue item, as
 * the list shows them unfiltered.
 */
export function approvalsOverview({ db, sqlite }: Store, setting: ClockSetting, scope: DashboardScope) {
  const parks = parkClause(applicationParkSql('a', 'e'), scope);
  const running = RUNNING_STATUSES.map(() => '?').join(',');
  const ids = (
    sqlite
      .prepare(
        `SELECT a.id FROM workflow_applications a JOIN enterprises e ON e.id = a.enterprise_id
          WHERE a.status IN (${running}) AND a.submitted_on BETWEEN ? AND ? AND ${parks.sql}`,
      )
      .all(...RUNNING_STATUSES, `${scope.from}-01`, lastDayOf(scope.to), ...parks.params) as { id: string }[]
  ).map((r) => r.id);
  const rows = ids.length ? listApplications(db, setting, { ids, statuses: RUNNING_STATUSES, limit: ids.length }).rows : [];
  const lights = LIGHTS.map((light) => ({
    light,
    count: rows.filter((r) => r.light === light).length,
    link: { route: 'workflows', params: { tab: 'applications', light, ...scopeParams(scope) } } satisfies RecordLink,
  }));
  const overdue = countOpenItems(db, { parkIds: scope.parkIds, dueBefore: setting.asOf });
  return {
    lights,
    running: rows.length,
    overdueItems: { count: overdue, link: { route: 'checklists', params: { tab: 'domain', overdue: '1', ...parkParam(scope) } } satisfies RecordLink },
    asOf: setting.asOf,
  };
}
