/**
 * The one rule for "a project counts in a period", shared by the dashboard's charts and the projects list they
 * link to (so a bar's count equals the rows it opens): it was in the pipeline during the period — it entered (its
 * first stage date, else its creation) by the period's last day and was not dropped before its first day.
 * The text has two positional parameters, in this order: the last day, then the first day (ISO dates).
 */
export function activeInPeriodSql(alias: string): string {
  const entered = `COALESCE(${alias}.lead_on, ${alias}.negotiating_on, ${alias}.signed_on, ${alias}.registered_on, ${alias}.under_construction_on, ${alias}.in_production_on, substr(${alias}.created_at, 1, 10))`;
  return `${alias}.deleted_at IS NULL AND ${entered} <= ? AND (${alias}.dropped_on IS NULL OR ${alias}.dropped_on >= ?)`;
}

/** First and last day of a period, as the rule above takes them. */
export interface DayRange {
  firstDay: string;
  lastDay: string;
}

export function activeInPeriodParams(days: DayRange): [string, string] {
  return [days.lastDay, days.firstDay];
}
