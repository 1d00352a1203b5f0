import type Database from 'better-sqlite3';
import { indicatorDefinition, INDICATORS, type IndicatorDefinition } from '../../../db/reference/indicators';
import { HIGH_TECH_KINDS } from '../../../db/reference/parkKinds';
import { annualOf } from '../indicators/indicatorYear';
import { quartersOf } from '../indicators/periods';
import { progressTowards, RATIO_PARTS, safeRatio } from '../indicators/ratioParts';
import { parkClause, type DashboardScope } from './dashboardScope';

const TARGETED = (INDICATORS as readonly IndicatorDefinition[]).filter((d) => d.target2025);
/** How far back the gauges look for a year with figures. */
const YEARS_BACK = 5;

/**
 * The parks the gauges add up: the chosen ones, or with none chosen the live high-tech zones (and candidates), whose
 * targets these are — the cooperation parks' T3/T4 figures would otherwise be measured against them too.
 */
function gaugeParks(scope: DashboardScope): { sql: string; params: string[] } {
  if (scope.parkIds.length > 0) return parkClause('park_id', scope);
  return {
    sql: `park_id IN (SELECT id FROM parks WHERE deleted_at IS NULL AND kind IN (${HIGH_TECH_KINDS.map(() => '?').join(',')}))`,
    params: [...HIGH_TECH_KINDS],
  };
}

/** Stored values of the gauges' parks for one year: park → code → period → value in the unit. */
function valuesOfYear(sqlite: Database.Database, scope: DashboardScope, year: number, codes: string[]) {
  const parks = gaugeParks(scope);
  const rows = sqlite
    .prepare(
      `SELECT park_id AS parkId, indicator_code AS code, period, scaled_value AS scaled FROM indicator_values
        WHERE indicator_code IN (${codes.map(() => '?').join(',')}) AND period IN (?, ?, ?, ?, ?) AND ${parks.sql}`,
    )
    .all(...codes, String(year), ...quartersOf(year), ...parks.params) as { parkId: string; code: string; period: string; scaled: number }[];
  const byPark = new Map<string, Map<string, Map<string, number>>>();
  for (const r of rows) {
    const decimals = indicatorDefinition(r.code)?.decimals ?? 0;
    const codesOfPark = byPark.get(r.parkId) ?? new Map<string, Map<string, number>>();
    const periods = codesOfPark.get(r.code) ?? new Map<string, number>();
    periods.set(r.period, r.scaled / 10 ** decimals);
    codesOfPark.set(r.code, periods);
    byPark.set(r.parkId, codesOfPark);
  }
  return byPark;
}

function annualOfPark(periods: Map<string, number> | undefined, code: string, year: number): number | null {
  const definition = indicatorDefinition(code)!;
  const names = definition.frequency === 'quarterly' ? quartersOf(year) : [String(year)];
  return annualOf(definition, names.map((period) => ({ period, value: periods?.get(period) ?? null, source: null }))).annual;
}

/**
 * One figure per targeted indicator over the chosen parks: the ratio of the parts summed over the parks that
 * report both (a ratio of sums, not an average of ratios); with no parts, a single park's entered ratio.
 */
function gaugeValues(sqlite: Database.Database, scope: DashboardScope, year: number) {
  const codes = [...new Set(TARGETED.flatMap((d) => [d.code, RATIO_PARTS[d.code]!.numerator, RATIO_PARTS[d.code]!.denominator]))];
  const byPark = valuesOfYear(sqlite, scope, year, codes);
  return TARGETED.map((definition) => {
    const parts = RATIO_PARTS[definition.code]!;
    let numerator = 0;
    let denominator = 0;
    let parks = 0;
    for (const values of byPark.values()) {
      const n = annualOfPark(values.get(parts.numerator), parts.numerator, year);
      const d = annualOfPark(values.get(parts.denominator), parts.denominator, year);
      if (n === null || d === null) continue;
      numerator += n;
      denominator += d;
      parks += 1;
    }
    let value = parks > 0 ? safeRatio(numerator, denominator, parts.factor) : null;
    if (value === null && byPark.size === 1) {
      value = annualOfPark([...byPark.values()][0]!.get(definition.code), definition.code, year);
      parks = value === null ? 0 : 1;
    }
    return { definition, value, parks };
  });
}

/**
 * The indicators with a 2025 target (source 004) against it, for the latest year up to the range's end with figures;
 * `highTechZones` says the figures are the high-tech zones' because no park was chosen.
 */
export function indicatorGauges(sqlite: Database.Database, scope: DashboardScope) {
  const highTechZones = scope.parkIds.length === 0;
  const last = Number(scope.to.slice(0, 4));
  for (let year = last; year > last - YEARS_BACK; year -= 1) {
    const values = gaugeValues(sqlite, scope, year);
    if (values.some((v) => v.value !== null)) return { year, highTechZones, gauges: values.map(toGauge) };
  }
  return { year: null, highTechZones, gauges: TARGETED.map((definition) => toGauge({ definition, value: null, parks: 0 })) };
}

function toGauge({ definition, value, parks }: { definition: IndicatorDefinition; value: number | null; parks: number }) {
  const target = definition.target2025!;
  return { code: definition.code, unitZh: definition.unitZh, target: target.value, comparison: target.comparison, value, parks, progressPercent: progressTowards(value, target.value) };
}
