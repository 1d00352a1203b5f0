import type Database from 'better-sqlite3';
import { ALL_PROJECT_STAGES, type ProjectStage } from '../../../db/reference/investment';
import { maskName } from '../demo/maskName';
import { activeProjectClause, parkClause, parkParam, type DashboardScope, type RecordLink } from './dashboardScope';

/** `FROM projects p WHERE <park> AND <active in range>`, with its parameters, for every project chart. */
function projectScope(scope: DashboardScope) {
  const parks = parkClause('p.park_id', scope);
  const active = activeProjectClause('p', scope);
  return { where: `${parks.sql} AND ${active.sql}`, params: [...parks.params, ...active.params] };
}

/** Projects per current stage in pipeline order (the funnel), dropped last; each links to that stage's list. */
export function projectsByStage(sqlite: Database.Database, scope: DashboardScope) {
  const { where, params } = projectScope(scope);
  const rows = sqlite.prepare(`SELECT p.stage AS stage, COUNT(*) AS n FROM projects p WHERE ${where} GROUP BY p.stage`).all(...params) as { stage: ProjectStage; n: number }[];
  const counts = new Map(rows.map((r) => [r.stage, r.n]));
  const stages = ALL_PROJECT_STAGES.map((stage) => ({
    stage,
    count: counts.get(stage) ?? 0,
    link: { route: 'projects', params: { ...parkParam(scope), stage } } satisfies RecordLink,
  }));
  return { stages, total: stages.reduce((s, r) => s + r.count, 0) };
}

/** 合同外资 and project count by a grouping of projects (source country, industry division), largest first. */
function investmentBy(sqlite: Database.Database, scope: DashboardScope, groupSql: string, param: 'country' | 'industry') {
  const { where, params } = projectScope(scope);
  const rows = sqlite
    .prepare(`SELECT ${groupSql} AS key, COUNT(*) AS projects, SUM(p.contracted_fdi_usd) AS contractedUsd, SUM(p.total_investment_usd) AS totalUsd FROM projects p WHERE ${where} GROUP BY 1 ORDER BY contractedUsd DESC, projects DESC LIMIT 15`)
    .all(...params) as { key: string; projects: number; contractedUsd: number; totalUsd: number }[];
  return rows.map((r) => ({ ...r, link: { route: 'projects', params: { ...parkParam(scope), [param]: r.key } } satisfies RecordLink }));
}

export function investmentBySource(sqlite: Database.Database, scope: DashboardScope) {
  return { rows: investmentBy(sqlite, scope, 'p.source_country', 'country') };
}

/** By GB/T 4754 division (two digits), which the projects list filters on. */
export function investmentByIndustry(sqlite: Database.Database, scope: DashboardScope) {
  return { rows: investmentBy(sqlite, scope, 'substr(p.industry_code, 1, 2)', 'industry') };
}

/** Fortune 500 investors' projects per park (not dropped), with the investors' names, masked on request. */
export function fortune500ByPark(sqlite: Database.Database, scope: DashboardScope, masked: boolean) {
  const { where, params } = projectScope(scope);
  const rows = sqlite
    .prepare(
      `SELECT p.park_id AS parkId, k.name AS parkName, k.name_en AS parkNameEn, COUNT(*) AS projects, group_concat(DISTINCT e.name) AS investors
         FROM projects p JOIN enterprises e ON e.id = p.enterprise_id JOIN parks k ON k.id = p.park_id
        WHERE ${where} AND e.is_fortune500 = 1 AND p.stage <> 'dropped'
        GROUP BY p.park_id ORDER BY projects DESC, k.name`,
    )
    .all(...params) as { parkId: string; parkName: string; parkNameEn: string; projects: number; investors: string | null }[];
  return {
    rows: rows.map(({ investors, ...r }) => ({
      ...r,
      investors: (investors ?? '').split(',').filter(Boolean).slice(0, 10).map((name) => (masked ? maskName(name) : name)),
      link: { route: 'projects', params: { park: r.parkId, fortune500: '1' } } satisfies RecordLink,
    })),
  };
}
