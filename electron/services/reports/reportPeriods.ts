import type { ReportCode } from './reportContract';

/**
 * Report periods: T1 and T2 are monthly (`2026-10`), T3 quarterly (`2026-Q3`), T4 annual (`2026`). Months are
 * `YYYY-MM`, compared as text.
 */
export type PeriodKind = 'month' | 'quarter' | 'year';

export const PERIOD_KIND: Record<ReportCode, PeriodKind> = { T1: 'month', T2: 'month', T3: 'quarter', T4: 'year' };

const PATTERNS: Record<PeriodKind, RegExp> = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
};

export function isPeriodOf(code: ReportCode, period: string): boolean {
  return PATTERNS[PERIOD_KIND[code]].test(period);
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

export function yearOf(period: string): number {
  return Number(period.slice(0, 4));
}

/** The months a period covers, first to last. */
export function monthsOf(period: string): string[] {
  const year = yearOf(period);
  if (PATTERNS.month.test(period)) return [period];
  if (PATTERNS.quarter.test(period)) {
    const q = Number(period.slice(6));
    return [1, 2, 3].map((i) => month(year, (q - 1) * 3 + i));
  }
  return Array.from({ length: 12 }, (_, i) => month(year, i + 1));
}

/** Quarters from Q1 to the period's quarter (`2026-Q3` → Q1, Q2, Q3). */
export function quartersToDate(period: string): string[] {
  const q = Number(period.slice(6));
  return Array.from({ length: q }, (_, i) => `${period.slice(0, 4)}-Q${i + 1}`);
}

/** The same period one year earlier (同比). */
export function samePeriodLastYear(period: string): string {
  return `${yearOf(period) - 1}${period.slice(4)}`;
}

/** The period just before (环比): the previous month or quarter, or the previous year. */
export function previousPeriod(period: string): string {
  const year = yearOf(period);
  if (PATTERNS.month.test(period)) {
    const m = Number(period.slice(5));
    return m === 1 ? month(year - 1, 12) : month(year, m - 1);
  }
  if (PATTERNS.quarter.test(period)) {
    const q = Number(period.slice(6));
    return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  }
  return String(year - 1);
}

/** First and last day of a set of months, for date columns (`2026-10-01` … `2026-10-31`). */
export function dateRange(firstMonth: string, lastMonth: string): { from: string; to: string } {
  return { from: `${firstMonth}-01`, to: `${lastMonth}-31` };
}
