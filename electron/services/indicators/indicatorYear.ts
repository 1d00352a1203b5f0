import type Database from 'better-sqlite3';
import { INDICATORS, type IndicatorDefinition } from '../../../db/reference/indicators';
import type { IndicatorValueSource } from '../../../db/schema/indicators';
import { computedMonthly } from './computedIndicators';
import { monthsBetween, quartersOf } from './periods';
import { RATIO_PARTS, safeRatio } from './ratioParts';

export interface PeriodValue {
  period: string;
  /** In the indicator's unit; null = no data (never shown as 0). */
  value: number | null;
  source: IndicatorValueSource | null;
}

export interface IndicatorYear {
  code: string;
  periods: PeriodValue[];
  /** The year's figure: flows summed over complete periods, stocks the latest, ratios from their parts. */
  annual: number | null;
  /** Some periods of the year have values but not all, so a summed year is not shown. */
  partial: boolean;
  /** Where the year's ratio came from: recomputed from its parts, or as entered. */
  annualSource: 'parts' | IndicatorValueSource | null;
}

function periodsOf(definition: IndicatorDefinition, year: number): string[] {
  if (definition.frequency === 'monthly') return monthsBetween(`${year}-01`, `${year}-12`);
  if (definition.frequency === 'quarterly') return quartersOf(year);
  return [String(year)];
}

const unscale = (scaled: number, decimals: number) => scaled / 10 ** decimals;

/** Stored (manual or imported) values of one park for one year, by code and period. */
function storedValues(sqlite: Database.Database, parkId: string, year: number) {
  const rows = sqlite
    .prepare("SELECT indicator_code AS code, period, scaled_value AS scaled, source FROM indicator_values WHERE park_id = ? AND substr(period, 1, 4) = ?")
    .all(parkId, String(year)) as { code: string; period: string; scaled: number; source: IndicatorValueSource }[];
  const map = new Map<string, { scaled: number; source: IndicatorValueSource }>();
  for (const r of rows) map.set(`${r.code}|${r.period}`, r);
  return map;
}

export function annualOf(definition: IndicatorDefinition, periods: PeriodValue[]): { annual: number | null; partial: boolean } {
  const present = periods.filter((p) => p.value !== null);
  if (present.length === 0) return { annual: null, partial: false };
  if (definition.aggregation === 'latest' || definition.frequency === 'annual') return { annual: present[present.length - 1]!.value, partial: false };
  // Computed monthly flows: a month without records had none (no arrivals, nothing signed).
  if (definition.source === 'computed') return { annual: round2(present.reduce((s, p) => s + p.value!, 0)), partial: false };
  if (present.length < periods.length) return { annual: null, partial: true };
  return { annual: round2(present.reduce((s, p) => s + p.value!, 0)), partial: false };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every indicator of one park for one year: the periods its frequency has, and the year's figure. */
export function readParkYear(sqlite: Database.Database, parkId: string, year: number): IndicatorYear[] {
  const stored = storedValues(sqlite, parkId, year);
  const computed = computedMonthly(sqlite, parkId, `${year}-01`, `${year}-12`);
  const result = new Map<string, IndicatorYear>();
  for (const definition of INDICATORS as readonly IndicatorDefinition[]) {
    const periods = periodsOf(definition, year).map((period): PeriodValue => {
      if (definition.source === 'computed') {
        const scaled = computed.get(definition.code)?.get(period);
        return { period, value: scaled === undefined ? null : unscale(scaled, definition.decimals), source: scaled === undefined ? null : 'computed' };
      }
      const row = stored.get(`${definition.code}|${period}`);
      return { period, value: row ? unscale(row.scaled, definition.decimals) : null, source: row?.source ?? null };
    });
    const { annual, partial } = annualOf(definition, periods);
    result.set(definition.code, { code: definition.code, periods, annual, partial, annualSource: annual === null ? null : periods.find((p) => p.value !== null)?.source ?? null });
  }
  for (const [code, parts] of Object.entries(RATIO_PARTS)) {
    const row = result.get(code)!;
    const fromParts = safeRatio(result.get(parts.numerator)!.annual, result.get(parts.denominator)!.annual, parts.factor);
    if (fromParts !== null) Object.assign(row, { annual: fromParts, annualSource: 'parts', partial: false });
  }
  return [...result.values()];
}

/** The years a park has any stored or computed value in, newest first (for the gauges' "latest complete year"). */
export function yearsWithValues(sqlite: Database.Database, parkIds: readonly string[] | null, upTo: number): number[] {
  const filter = parkIds ? `AND park_id IN (${parkIds.map(() => '?').join(',')})` : '';
  const rows = sqlite
    .prepare(`SELECT DISTINCT CAST(substr(period, 1, 4) AS INTEGER) AS year FROM indicator_values WHERE substr(period, 1, 4) <= ? ${filter} ORDER BY 1 DESC`)
    .all(String(upTo), ...(parkIds ?? [])) as { year: number }[];
  return rows.map((r) => r.year);
}
