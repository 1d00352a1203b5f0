import type Database from 'better-sqlite3';
import { activeProjectClause, parkClause, scopeParams, type DashboardScope, type RecordLink } from './dashboardScope';
import { FROM_COVERING, fortune500Counts } from './projectCharts';

/** Parks shown side by side when none are chosen: the ones with the most utilised FDI in the range. */
const DEFAULT_PARKS = 8;

interface ParkRow {
  parkId: string;
  parkName: string;
  parkNameEn: string;
  utilisedUsd: number;
}

/** Utilised FDI in the range, projects in the pipeline, their contracted FDI and Fortune 500 projects, per park. */
export function parkComparison(sqlite: Database.Database, scope: DashboardScope) {
  const parks = parkClause('k.id', scope);
  const chosen = sqlite
    .prepare(
      `SELECT k.id AS parkId, k.name AS parkName, k.name_en AS parkNameEn,
              (SELECT COALESCE(SUM(amount_usd), 0) FROM fdi_arrivals f WHERE f.park_id = k.id AND f.period BETWEEN ? AND ?) AS utilisedUsd
         FROM parks k WHERE k.deleted_at IS NULL AND ${parks.sql}
        ORDER BY utilisedUsd DESC, k.name LIMIT ?`,
    )
    .all(scope.from, scope.to, ...parks.params, scope.parkIds.length || DEFAULT_PARKS) as ParkRow[];
  if (chosen.length === 0) return { rows: [] };
  const shown: DashboardScope = { ...scope, parkIds: chosen.map((r) => r.parkId) };
  const projectParks = parkClause('p.park_id', shown);
  const active = activeProjectClause('p', shown);
  const projects = new Map(
    (
      sqlite
        .prepare(`SELECT p.park_id AS parkId, COUNT(*) AS projects, SUM(p.contracted_fdi_usd) AS contractedUsd FROM projects p ${FROM_COVERING} WHERE ${projectParks.sql} AND ${active.sql} GROUP BY p.park_id`)
        .all(...projectParks.params, ...active.params) as { parkId: string; projects: number; contractedUsd: number }[]
    ).map((r) => [r.parkId, r]),
  );
  const fortune500 = fortune500Counts(sqlite, shown);
  return {
    rows: chosen.map((r) => ({
      ...r,
      projects: projects.get(r.parkId)?.projects ?? 0,
      contractedUsd: projects.get(r.parkId)?.contractedUsd ?? 0,
      fortune500: fortune500.get(r.parkId) ?? 0,
      link: { route: 'projects', params: scopeParams({ ...scope, parkIds: [r.parkId] }) } satisfies RecordLink,
    })),
  };
}
