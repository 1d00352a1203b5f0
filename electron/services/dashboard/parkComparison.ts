import type Database from 'better-sqlite3';
import { activeProjectClause, parkClause, type DashboardScope, type RecordLink } from './dashboardScope';

/** Parks shown side by side when none are chosen: the ones with the most utilised FDI in the range. */
const DEFAULT_PARKS = 8;

/** Utilised FDI in the range, projects in the pipeline, their contracted FDI and Fortune 500 projects, per park. */
export function parkComparison(sqlite: Database.Database, scope: DashboardScope) {
  const parks = parkClause('k.id', scope);
  const active = activeProjectClause('p', scope);
  const rows = sqlite
    .prepare(
      `SELECT k.id AS parkId, k.name AS parkName, k.name_en AS parkNameEn,
              (SELECT COALESCE(SUM(amount_usd), 0) FROM fdi_arrivals f WHERE f.park_id = k.id AND f.period BETWEEN ? AND ?) AS utilisedUsd,
              COUNT(p.id) AS projects, COALESCE(SUM(p.contracted_fdi_usd), 0) AS contractedUsd,
              COALESCE(SUM(e.is_fortune500 = 1 AND p.stage <> 'dropped'), 0) AS fortune500
         FROM parks k LEFT JOIN projects p ON p.park_id = k.id AND ${active.sql} LEFT JOIN enterprises e ON e.id = p.enterprise_id
        WHERE k.deleted_at IS NULL AND ${parks.sql}
        GROUP BY k.id ORDER BY utilisedUsd DESC, projects DESC, k.name LIMIT ?`,
    )
    .all(scope.from, scope.to, ...active.params, ...parks.params, scope.parkIds.length || DEFAULT_PARKS) as {
    parkId: string;
    parkName: string;
    parkNameEn: string;
    utilisedUsd: number;
    projects: number;
    contractedUsd: number;
    fortune500: number;
  }[];
  return { rows: rows.map((r) => ({ ...r, link: { route: 'projects', params: { park: r.parkId } } satisfies RecordLink })) };
}
