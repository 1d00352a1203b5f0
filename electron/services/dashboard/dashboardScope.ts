import { lastDayOf } from '../indicators/periods';

/** What every chart is cut by: the parks chosen (none = every live park) and a month range. */
export interface DashboardScope {
  parkIds: readonly string[];
  from: string;
  to: string;
}

/** Where the click on a bar or slice leads: a page and its filter, as the renderer's routes read them. */
export interface RecordLink {
  route: 'projects' | 'workflows' | 'checklists';
  params: Record<string, string>;
}

/**
 * `column IN (…)` for the chosen parks, or every live park; with its parameters. "Every live park" is written as
 * "not a deleted one": the few deleted parks make a small list, so the planner scans the covering index once
 * instead of probing it park by park.
 */
export function parkClause(column: string, scope: DashboardScope): { sql: string; params: string[] } {
  if (scope.parkIds.length === 0) return { sql: `${column} NOT IN (SELECT id FROM parks WHERE deleted_at IS NOT NULL)`, params: [] };
  return { sql: `${column} IN (${scope.parkIds.map(() => '?').join(',')})`, params: [...scope.parkIds] };
}

/**
 * A project counts in a range when it was in the pipeline during it: it entered (its first stage date, else its
 * creation) by the range's last day and was not dropped before its first day.
 */
export function activeProjectClause(alias: string, scope: DashboardScope): { sql: string; params: string[] } {
  const entered = `COALESCE(${alias}.lead_on, ${alias}.negotiating_on, ${alias}.signed_on, ${alias}.registered_on, ${alias}.under_construction_on, ${alias}.in_production_on, substr(${alias}.created_at, 1, 10))`;
  return {
    sql: `${alias}.deleted_at IS NULL AND ${entered} <= ? AND (${alias}.dropped_on IS NULL OR ${alias}.dropped_on >= ?)`,
    params: [lastDayOf(scope.to), `${scope.from}-01`],
  };
}

/** The park filter of a link: only when exactly one park is chosen (the lists filter by one park). */
export function parkParam(scope: DashboardScope): Record<string, string> {
  return scope.parkIds.length === 1 ? { park: scope.parkIds[0]! } : {};
}
