import type Database from 'better-sqlite3';
import { monthsBetween, yearBefore } from '../indicators/periods';
import { safeRatio } from '../indicators/ratioParts';
import { parkClause, scopeParams, type DashboardScope, type RecordLink } from './dashboardScope';

/** The bare query; the benchmark times it as the baseline the dashboard's own work is compared with. */
export function fdiSumsSql(parkSql: string): string {
  return `SELECT period, SUM(amount_usd) AS usd FROM fdi_arrivals WHERE period BETWEEN ? AND ? AND ${parkSql} GROUP BY period`;
}

function sumsByMonth(sqlite: Database.Database, scope: DashboardScope, from: string, to: string): Map<string, number> {
  const parks = parkClause('park_id', scope);
  const rows = sqlite.prepare(fdiSumsSql(parks.sql)).all(from, to, ...parks.params) as { period: string; usd: number }[];
  return new Map(rows.map((r) => [r.period, r.usd]));
}

/**
 * 实到外资 per month in US dollars, with the same month a year earlier for the year-on-year line. The previous
 * year is null (no data) when it has no arrivals at all, and the growth is null when its base is null or zero.
 */
export function fdiByMonth(sqlite: Database.Database, scope: DashboardScope) {
  const current = sumsByMonth(sqlite, scope, scope.from, scope.to);
  const previous = sumsByMonth(sqlite, scope, yearBefore(scope.from), yearBefore(scope.to));
  const months = monthsBetween(scope.from, scope.to).map((period) => {
    const amountUsd = current.get(period) ?? 0;
    const previousUsd = previous.size > 0 ? (previous.get(yearBefore(period)) ?? 0) : null;
    const yoyPercent = previousUsd ? safeRatio(amountUsd - previousUsd, previousUsd, 100) : null;
    return { period, amountUsd, previousUsd, yoyPercent };
  });
  const link: RecordLink = { route: 'projects', params: scopeParams(scope) };
  return { months, totalUsd: months.reduce((s, m) => s + m.amountUsd, 0), empty: current.size === 0, link };
}
