import type { Db } from '../../../db/client';
import { IndicatorFacts } from './indicatorFacts';
import type { IndicatorValues } from './reportContract';
import { T3_ROWS } from './reportContract';
import { growthPercent } from './reportNumbers';
import { samePeriodLastYear, yearOf } from './reportPeriods';

/**
 * T3 园区主要经济指标季报 for `2026-Q3`: 本季, 本年累计 (Q1–Q3: flows summed, stocks at the quarter's end, ratios
 * recomputed from their parts), 上年同期 (the same to-date figure one year earlier) and 同比%. 实际使用外资 comes
 * from the register's arrivals.
 */
export function buildT3Indicators(db: Db, parkId: string, period: string): IndicatorValues {
  const year = yearOf(period);
  const facts = new IndicatorFacts(db, parkId, [year, year - 1]);
  const lastPeriod = samePeriodLastYear(period);
  const values: IndicatorValues = {};
  for (const row of T3_ROWS) {
    const ytd = facts.printed(row, 'toQuarter', period);
    const lastYtd = facts.printed(row, 'toQuarter', lastPeriod);
    values[row] = { quarter: facts.printed(row, 'quarter', period), ytd, last_ytd: lastYtd, yoy: growthPercent(ytd, lastYtd) };
  }
  return values;
}
