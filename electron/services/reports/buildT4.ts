import type { Db } from '../../../db/client';
import { indicatorDefinition, type IndicatorDefinition } from '../../../db/reference/indicators';
import { IndicatorFacts } from './indicatorFacts';
import type { IndicatorValues } from './reportContract';
import { T4_ROWS } from './reportContract';
import { growthPercent } from './reportNumbers';

/**
 * T4 高新区年度评价自评表 for a year: 目标值 is source 004's 2025 target (the only targets the sources set; shown for
 * every year until the province sets new ones), 本年 / 上年 from the indicator values (ratios recomputed from their
 * parts, else as entered), 增长% from the two.
 */
export function buildT4Indicators(db: Db, parkId: string, period: string): IndicatorValues {
  const year = Number(period);
  const facts = new IndicatorFacts(db, parkId, [year, year - 1, year - 2]);
  const values: IndicatorValues = {};
  for (const row of T4_ROWS) {
    const definition: IndicatorDefinition | undefined = indicatorDefinition(row);
    const thisYear = facts.printed(row, 'year', String(year));
    const lastYear = facts.printed(row, 'year', String(year - 1));
    values[row] = { target: definition?.target2025?.value ?? null, this_year: thisYear, last_year: lastYear, growth: growthPercent(thisYear, lastYear) };
  }
  return values;
}
