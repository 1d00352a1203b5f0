import type { Db } from '../../../db/client';
import { indicatorDefinition } from '../../../db/reference/indicators';
import { indicatorValuesOf } from '../../../db/repos/indicatorValuesRepo';
import { arrivalsByProject, hasRecordsBetween } from '../../../db/repos/reportFactsRepo';
import { RATIO_PARTS } from '../indicators/ratioParts';
import { fromScaled, ratioOf, usdToWan } from './reportNumbers';
import { monthsOf } from './reportPeriods';

/** A value as stored: value × 10^decimals. */
export interface Scaled {
  scaled: number;
  decimals: number;
}

const PART_CODES = ['gdp', 'industrial_value_added', 'high_tech_value_added', 'import_export_total', 'fixed_asset_investment', 'tax_revenue', 'rd_spending', 'high_tech_enterprises', 'employees', 'land_area_mu', ...Object.keys(RATIO_PARTS)];

function periodsOfYears(years: number[]): string[] {
  return years.flatMap((y) => [String(y), ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`), ...monthsOf(String(y))]);
}

/**
 * The indicator values of one park for some years, and how a quarter, a year to date or a year is made from them:
 * flows (`sum`) add up their quarters (or months), stocks (`latest`) take the value at the end of the range, ratios
 * are recomputed exactly from their parts (../indicators/ratioParts.ts), so a park's 亩均税收 always agrees with its
 * 税收 and 用地; an entered ratio is used only for a whole year without parts. A missing part makes the result null
 * ("no data"), never zero.
 */
export class IndicatorFacts {
  private readonly values: Map<string, number>;

  constructor(private readonly db: Db, private readonly parkId: string, years: number[]) {
    this.values = indicatorValuesOf(db, parkId, PART_CODES, periodsOfYears(years));
  }

  private stored(code: string, period: string): Scaled | null {
    const scaled = this.values.get(`${code}@${period}`);
    return scaled === undefined ? null : { scaled, decimals: indicatorDefinition(code)?.decimals ?? 0 };
  }

  private combine(code: string, parts: (Scaled | null)[]): Scaled | null {
    // A stock is its value at the end of the range; a flow needs every part, or its sum would understate.
    if (indicatorDefinition(code)?.aggregation === 'latest') return parts[parts.length - 1] ?? null;
    if (parts.length === 0 || parts.some((p) => p === null)) return null;
    const present = parts as Scaled[];
    return { scaled: present.reduce((sum, p) => sum + p.scaled, 0), decimals: present[0]!.decimals };
  }

  /** One quarter: the quarterly value, else made from its three months. */
  quarter(code: string, quarter: string): Scaled | null {
    return this.stored(code, quarter) ?? this.combine(code, monthsOf(quarter).map((m) => this.stored(code, m)));
  }

  /** Q1 to the given quarter. */
  toQuarter(code: string, quarter: string): Scaled | null {
    const n = Number(quarter.slice(6));
    if (n === 4) return this.year(code, quarter.slice(0, 4));
    return this.combine(code, Array.from({ length: n }, (_, i) => this.quarter(code, `${quarter.slice(0, 4)}-Q${i + 1}`)));
  }

  /** A whole year: the annual value, else made from its quarters. */
  year(code: string, year: string): Scaled | null {
    return this.stored(code, year) ?? this.combine(code, [1, 2, 3, 4].map((q) => this.quarter(code, `${year}-Q${q}`)));
  }

  /** 用地面积 of a year: the year's figure, else the latest earlier one loaded. */
  private land(year: string): Scaled | null {
    return this.stored('land_area_mu', year) ?? this.stored('land_area_mu', String(Number(year) - 1));
  }

  /** A printed value of `code` over a range ('quarter', 'toQuarter' or 'year'), ratios recomputed. */
  printed(code: string, range: 'quarter' | 'toQuarter' | 'year', period: string): number | null {
    const of = (c: string) => (c === 'land_area_mu' ? this.land(period.slice(0, 4)) : this[range](c, period));
    const ratio = RATIO_PARTS[code];
    if (ratio) {
      const recomputed = ratioOf(of(ratio.numerator), of(ratio.denominator), ratio.factor);
      if (recomputed !== null || range !== 'year') return recomputed;
      const entered = this.stored(code, period);
      return entered ? fromScaled(entered.scaled, entered.decimals) : null;
    }
    if (code === 'utilised_fdi') return this.utilisedFdi(range, period);
    const value = of(code);
    return value ? fromScaled(value.scaled, value.decimals) : null;
  }

  /** 实际使用外资 from the register's arrivals; an imported or typed figure only for a year the register was not kept. */
  private utilisedFdi(range: 'quarter' | 'toQuarter' | 'year', period: string): number | null {
    const year = period.slice(0, 4);
    const months = range === 'quarter' ? monthsOf(period) : range === 'year' ? monthsOf(year) : [`${year}-01`, monthsOf(period)[2]!];
    const first = months[0]!;
    const last = months[months.length - 1]!;
    // The register counts for a year it was kept in (anything recorded that year); a quiet quarter is then a real 0.
    if (hasRecordsBetween(this.db, this.parkId, `${year}-01-01`, `${year}-12-31`)) {
      return usdToWan(arrivalsByProject(this.db, this.parkId, first, last).reduce((sum, a) => sum + a.amountUsd, 0));
    }
    const stored = this[range]('utilised_fdi', period);
    return stored ? fromScaled(stored.scaled, stored.decimals) : null;
  }
}
