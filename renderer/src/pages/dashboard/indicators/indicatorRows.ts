import type { MethodOutput } from '../../../../../electron/api/index';

export type IndicatorYear = MethodOutput<'indicators.year'>['indicators'][number];
export type IndicatorDefinitionRow = MethodOutput<'indicators.definitions'>[number];

export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/** A quarter's value for the table: quarterly values as they are, monthly ones summed (null when no month has any). */
export function quarterValue(row: IndicatorYear, quarter: (typeof QUARTERS)[number]): number | null {
  const quarterly = row.periods.find((p) => p.period.endsWith(quarter));
  if (quarterly) return quarterly.value;
  const q = Number(quarter.slice(1));
  const months = row.periods.filter((p) => /-\d{2}$/.test(p.period) && Math.ceil(Number(p.period.slice(5)) / 3) === q && p.value !== null);
  if (months.length === 0) return null;
  return Math.round(months.reduce((s, p) => s + p.value!, 0) * 100) / 100;
}

export function formatValue(value: number | null, decimals: number): string | null {
  if (value === null) return null;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
