/** Period arithmetic shared by indicators and the dashboard: months `2026-10`, quarters `2026-Q3`, years `2026`. */

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let period = from; period <= to; ) {
    months.push(period);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    period = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** The same month one year earlier, for year-on-year comparisons. */
export function yearBefore(month: string): string {
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}

export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

export function quartersOf(year: number): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

/** The last day of a month, for date-range filters on `YYYY-MM-DD` columns. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
