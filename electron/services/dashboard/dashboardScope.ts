import { activeInPeriodParams, activeInPeriodSql, type DayRange } from '../../../db/repos/projectActivity';
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

/** The range's first and last day. */
export function daysOf(range: { from: string; to: string }): DayRange {
  return { firstDay: `${range.from}-01`, lastDay: lastDayOf(range.to) };
}

/** Projects in the pipeline during the range (db/repos/projectActivity.ts has the rule, shared with the projects list). */
export function activeProjectClause(alias: string, scope: DashboardScope): { sql: string; params: string[] } {
  return { sql: activeInPeriodSql(alias), params: activeInPeriodParams(daysOf(scope)) };
}

/** The park filter of a link: every chosen park, comma-separated (the lists take several); none when none is chosen. */
export function parkParam(scope: DashboardScope): Record<string, string> {
  return scope.parkIds.length ? { park: scope.parkIds.join(',') } : {};
}

/**
 * The filter of a projects or applications link: every chosen park and the month range, so the list shows exactly
 * the records the chart counted. (The checklists link takes the parks only: that list has no period.)
 */
export function scopeParams(scope: DashboardScope): Record<string, string> {
  return { ...parkParam(scope), from: scope.from, to: scope.to };
}
