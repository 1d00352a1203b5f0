import type { Store } from '../../../db/client';
import { OPEN_ITEM_STATUSES } from '../../../db/reference/checklists';
import { RUNNING_STATUSES } from '../../../db/reference/workflows';
import { lastDayOf } from '../indicators/periods';
import { listApplications, type ClockSetting } from '../workflows/applicationQueries';
import { parkClause, parkParam, type DashboardScope, type RecordLink } from './dashboardScope';

const LIGHTS = ['green', 'yellow', 'red'] as const;

/** An application or checklist belongs to its project's park, else its enterprise's park. */
const PARK_OF = 'COALESCE(p.park_id, e.park_id)';

/**
 * Running applications submitted in the range, counted by today's light (the workflow clocks decide it), and the
 * service-checklist items that are still open past their due day. Each count links to the filtered list.
 */
export function approvalsOverview({ db, sqlite }: Store, setting: ClockSetting, scope: DashboardScope) {
  const parks = parkClause(PARK_OF, scope);
  const running = RUNNING_STATUSES.map(() => '?').join(',');
  const ids = (
    sqlite
      .prepare(
        `SELECT a.id FROM workflow_applications a JOIN enterprises e ON e.id = a.enterprise_id LEFT JOIN projects p ON p.id = a.project_id
          WHERE a.status IN (${running}) AND a.submitted_on BETWEEN ? AND ? AND ${parks.sql}`,
      )
      .all(...RUNNING_STATUSES, `${scope.from}-01`, lastDayOf(scope.to), ...parks.params) as { id: string }[]
  ).map((r) => r.id);
  const rows = ids.length ? listApplications(db, setting, { ids, statuses: RUNNING_STATUSES, limit: ids.length }).rows : [];
  const lights = LIGHTS.map((light) => ({
    light,
    count: rows.filter((r) => r.light === light).length,
    link: { route: 'workflows', params: { tab: 'applications', light } } satisfies RecordLink,
  }));
  const open = OPEN_ITEM_STATUSES.map(() => '?').join(',');
  const overdue = sqlite
    .prepare(
      `SELECT COUNT(*) AS n FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id JOIN enterprises e ON e.id = c.enterprise_id
         LEFT JOIN projects p ON p.id = c.project_id
        WHERE i.status IN (${open}) AND i.due_on IS NOT NULL AND i.due_on < ? AND ${parks.sql}`,
    )
    .get(...OPEN_ITEM_STATUSES, setting.asOf, ...parks.params) as { n: number };
  return {
    lights,
    running: rows.length,
    overdueItems: { count: overdue.n, link: { route: 'checklists', params: { tab: 'domain', overdue: '1', ...parkParam(scope) } } satisfies RecordLink },
    asOf: setting.asOf,
  };
}
