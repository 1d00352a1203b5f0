import type { Store } from '../../../db/client';
import { applicationParkSql } from '../../../db/repos/applicationPark';
import { OPEN_ITEM_STATUSES } from '../../../db/reference/checklists';
import { RUNNING_STATUSES } from '../../../db/reference/workflows';
import { lastDayOf } from '../indicators/periods';
import { listApplications, type ClockSetting } from '../workflows/applicationQueries';
import { parkClause, parkParam, scopeParams, type DashboardScope, type RecordLink } from './dashboardScope';

const LIGHTS = ['green', 'yellow', 'red'] as const;

/** A checklist belongs to its project's park, else its enterprise's park (as an application does). */
const CHECKLIST_PARK = 'COALESCE(p.park_id, e.park_id)';

/**
 * Running applications submitted in the range, counted by today's light (the workflow clocks decide it), and the
 * service-checklist items that are still open past their due day. Each count links to the filtered list.
 */
export function approvalsOverview({ db, sqlite }: Store, setting: ClockSetting, scope: DashboardScope) {
  const parks = parkClause(applicationParkSql('a', 'e'), scope);
  const checklistParks = parkClause(CHECKLIST_PARK, scope);
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
  const open = OPEN_ITEM_STATUSES.map(() => '?').join(',');
  const overdue = sqlite
    .prepare(
      `SELECT COUNT(*) AS n FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id JOIN enterprises e ON e.id = c.enterprise_id
         LEFT JOIN projects p ON p.id = c.project_id
        WHERE i.status IN (${open}) AND i.due_on IS NOT NULL AND i.due_on < ? AND ${checklistParks.sql}`,
    )
    .get(...OPEN_ITEM_STATUSES, setting.asOf, ...checklistParks.params) as { n: number };
  return {
    lights,
    running: rows.length,
    overdueItems: { count: overdue.n, link: { route: 'checklists', params: { tab: 'domain', overdue: '1', ...parkParam(scope) } } satisfies RecordLink },
    asOf: setting.asOf,
  };
}
