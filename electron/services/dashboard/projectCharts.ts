import type Database from 'better-sqlite3';
import { ALL_PROJECT_STAGES, type ProjectStage } from '../../../db/reference/investment';
import { maskName } from '../demo/maskName';
import { activeProjectClause, parkClause, scopeParams, type DashboardScope, type RecordLink } from './dashboardScope';

/**
 * `WHERE <park> AND <active in range>` with its parameters, for every project chart. The charts read
 * `FROM projects p ${FROM_COVERING}`: left to itself the planner takes a narrower index that fits the GROUP BY and
 * then fetches 100 000 rows from the table, ten times slower than reading the covering index (migration 0011).
 */
export const FROM_COVERING = 'INDEXED BY projects_dashboard_idx';

function projectScope(scope: DashboardScope) {
  const parks = parkClause('p.park_id', scope);
  const active = activeProjectClause('p', scope);
  return { where: `${parks.sql} AND ${active.sql}`, params: [...parks.params, ...active.params] };
}

/** Projects per current stage in pipeline order (the funnel), dropped last; each links to that stage's list. */
export function projectsByStage(sqlite: Database.Database, scope: DashboardScope) {
  const { where, params } = projectScope(scope);
  const rows = sqlite.prepare(`SELECT p.stage AS stage, COUNT(*) AS n FROM projects p ${FROM_COVERING} WHERE ${where} GROUP BY p.stage`).all(...params) as { stage: ProjectStage; n: number }[];
  const counts = new Map(rows.map((r) => [r.stage, r.n]));
  const stages = ALL_PROJECT_STAGES.map((stage) => ({
    stage,
    count: counts.get(stage) ?? 0,
    link: { route: 'projects', params: { ...scopeParams(scope), stage } } satisfies RecordLink,
  }));
  return { stages, total: stages.reduce((s, r) => s + r.count, 0) };
}

interface InvestmentGroup {
  key: string;
  projects: number;
  contractedUsd: number;
  totalUsd: number;
}

/** The 15 largest groups by 合同外资, each linking to its projects. */
function largest(groups: InvestmentGroup[], scope: DashboardScope, param: 'country' | 'industry') {
  return groups
    .sort((a, b) => b.contractedUsd - a.contractedUsd || b.projects - a.projects || a.key.localeCompare(b.key))
    .slice(0, 15)
    .map((r) => ({ ...r, link: { route: 'projects', params: { ...scopeParams(scope), [param]: r.key } } satisfies RecordLink }));
}

/** 合同外资 and project count per value of a plain column (grouping on a column, not an expression, is cheaper). */
function sumsBy(sqlite: Database.Database, scope: DashboardScope, column: 'p.source_country' | 'p.industry_code'): InvestmentGroup[] {
  const { where, params } = projectScope(scope);
  return sqlite
    .prepare(`SELECT ${column} AS key, COUNT(*) AS projects, SUM(p.contracted_fdi_usd) AS contractedUsd, SUM(p.total_investment_usd) AS totalUsd FROM projects p ${FROM_COVERING} WHERE ${where} GROUP BY 1`)
    .all(...params) as InvestmentGroup[];
}

export function investmentBySource(sqlite: Database.Database, scope: DashboardScope) {
  return { rows: largest(sumsBy(sqlite, scope, 'p.source_country'), scope, 'country') };
}

/** By GB/T 4754 division (two digits), which the projects list filters on; the groups are folded into divisions here. */
export function investmentByIndustry(sqlite: Database.Database, scope: DashboardScope) {
  const divisions = new Map<string, InvestmentGroup>();
  for (const group of sumsBy(sqlite, scope, 'p.industry_code')) {
    const key = group.key.slice(0, 2);
    const division = divisions.get(key) ?? { key, projects: 0, contractedUsd: 0, totalUsd: 0 };
    division.projects += group.projects;
    division.contractedUsd += group.contractedUsd;
    division.totalUsd += group.totalUsd;
    divisions.set(key, division);
  }
  return { rows: largest([...divisions.values()], scope, 'industry') };
}

/**
 * Fortune 500 investors' projects (not dropped) per park. CROSS JOIN fixes the order: from the few Fortune 500
 * investors to their projects by index, rather than from every project to its investor.
 */
function fortune500Rows(sqlite: Database.Database, scope: DashboardScope) {
  const parks = parkClause('p.park_id', scope);
  const active = activeProjectClause('p', scope);
  return sqlite
    .prepare(
      `SELECT p.park_id AS parkId, COUNT(*) AS projects, group_concat(DISTINCT e.name) AS investors
         FROM enterprises e CROSS JOIN projects p ON p.enterprise_id = e.id
        WHERE e.is_fortune500 = 1 AND p.stage <> 'dropped' AND ${parks.sql} AND ${active.sql}
        GROUP BY p.park_id`,
    )
    .all(...parks.params, ...active.params) as { parkId: string; projects: number; investors: string | null }[];
}

/** Fortune 500 projects per park, for the comparison. */
export function fortune500Counts(sqlite: Database.Database, scope: DashboardScope): Map<string, number> {
  return new Map(fortune500Rows(sqlite, scope).map((r) => [r.parkId, r.projects]));
}

/** Fortune 500 investors' projects per park, most first, with the investors' names, masked on request. */
export function fortune500ByPark(sqlite: Database.Database, scope: DashboardScope, masked: boolean) {
  const names = sqlite.prepare('SELECT name, name_en AS nameEn FROM parks WHERE id = ?');
  const rows = fortune500Rows(sqlite, scope).map((r) => ({ ...r, ...(names.get(r.parkId) as { name: string; nameEn: string }) }));
  rows.sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name, 'zh-CN'));
  return {
    rows: rows.map(({ investors, name, nameEn, ...r }) => ({
      ...r,
      parkName: name,
      parkNameEn: nameEn,
      investors: (investors ?? '').split(',').filter(Boolean).slice(0, 10).map((investor) => (masked ? maskName(investor) : investor)),
      link: { route: 'projects', params: { ...scopeParams({ ...scope, parkIds: [r.parkId] }), fortune500: '1', open: '1' } } satisfies RecordLink,
    })),
  };
}
