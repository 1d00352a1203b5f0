import type { Db } from '../../../db/client';
import { countryName } from '../../../db/reference/countries';
import { FDI_SOURCE_GROUPS, fdiSourceGroup } from '../../../db/reference/fdiSourceGroups';
import { isHighTechManufacturing, isHighTechServices } from '../../../db/reference/highTechIndustries';
import { findIndustry } from '../../../db/reference/industries';
import { arrivalsByProject, hasRecordsBetween, projectArrivalsUsd, projectsSignedBetween, type SignedProjectFact } from '../../../db/repos/reportFactsRepo';
import type { IndicatorValues, ListRecord } from './reportContract';
import { T1_ROWS } from './reportContract';
import { growthPercent, usdToWan } from './reportNumbers';
import { dateRange, samePeriodLastYear } from './reportPeriods';
import { PROJECT_TYPE_ZH } from './reportLabelsZh';

/**
 * T1 园区利用外资情况月报 from the register. Decisions (documented in the report to the lead):
 * - A project counts in the month it was SIGNED (签约, when 合同外资 comes into being) — one date for every project
 *   row, so a month's figures do not move when a later stage is recorded. Dropped projects still count in the month
 *   they were signed (that month may be reported already); deleted ones do not.
 * - 新设外商投资企业数 = distinct enterprises of type-新设 projects signed in the range.
 * - 投资总额 / 合同外资 = of all projects signed in the range (新设, 增资 and 并购).
 * - ≥ USD 10 m / 30 m / 100 m are nested "以上" thresholds (a 1.5 亿 project counts in all three).
 * - 实际使用外资 = arrivals dated in the range; 其中增资 = arrivals of 增资 projects; by source country group
 *   (db/reference/fdiSourceGroups.ts, exclusive) and by high-tech industry (db/reference/highTechIndustries.ts).
 * - Amounts are summed in dollars and rounded once to 万美元. 本月 and 本年累计 are the register's figures (a quiet
 *   month is a real 0); 上年同期累计 is blank ("no data") when the register holds nothing of the park in the whole
 *   previous year (it was not kept here then).
 */

type Column = Record<(typeof T1_ROWS)[number], number>;

const TEN_M = 10_000_000;
const THIRTY_M = 30_000_000;
const HUNDRED_M = 100_000_000;

function figures(db: Db, parkId: string, fromMonth: string, toMonth: string): Column {
  const { from, to } = dateRange(fromMonth, toMonth);
  const column = Object.fromEntries(T1_ROWS.map((row) => [row, 0])) as Column;
  const signed = projectsSignedBetween(db, parkId, from, to);
  column.new_enterprises = new Set(signed.filter((p) => p.type === 'new').map((p) => p.enterpriseId)).size;
  for (const p of signed) {
    column.total_investment += p.totalInvestmentUsd;
    column.contracted_fdi += p.contractedFdiUsd;
    if (p.totalInvestmentUsd >= TEN_M) column.projects_over_10m += 1;
    if (p.totalInvestmentUsd >= THIRTY_M) column.projects_over_30m += 1;
    if (p.totalInvestmentUsd >= HUNDRED_M) column.projects_over_100m += 1;
    if (p.isFortune500) column.fortune500_projects += 1;
  }
  for (const a of arrivalsByProject(db, parkId, fromMonth, toMonth)) {
    column.utilised_fdi += a.amountUsd;
    if (a.type === 'capital_increase') column.utilised_fdi_capital_increase += a.amountUsd;
    column[fdiSourceGroup(a.sourceCountry)] += a.amountUsd;
    if (isHighTechManufacturing(a.industryCode)) column.fdi_high_tech_manufacturing += a.amountUsd;
    if (isHighTechServices(a.industryCode)) column.fdi_high_tech_services += a.amountUsd;
  }
  return column;
}

const COUNT_ROWS = new Set<string>(['new_enterprises', 'projects_over_10m', 'projects_over_30m', 'projects_over_100m', 'fortune500_projects']);

function printed(row: string, value: number): number {
  return COUNT_ROWS.has(row) ? value : usdToWan(value);
}

export function buildT1Indicators(db: Db, parkId: string, period: string): IndicatorValues {
  const year = period.slice(0, 4);
  const lastPeriod = samePeriodLastYear(period);
  const lastYear = lastPeriod.slice(0, 4);
  const month = figures(db, parkId, period, period);
  const ytd = figures(db, parkId, `${year}-01`, period);
  const last = hasRecordsBetween(db, parkId, `${lastYear}-01-01`, `${lastYear}-12-31`) ? figures(db, parkId, `${lastYear}-01`, lastPeriod) : null;
  const values: IndicatorValues = {};
  for (const row of T1_ROWS) {
    const ytdValue = printed(row, ytd[row]);
    const lastValue = last ? printed(row, last[row]) : null;
    values[row] = { month: printed(row, month[row]), ytd: ytdValue, last_ytd: lastValue, yoy: growthPercent(ytdValue, lastValue) };
  }
  return values;
}

function projectRecord(db: Db, p: SignedProjectFact, seq: number, period: string): ListRecord {
  const industry = findIndustry(p.industryCode);
  return {
    seq,
    project_name: p.name,
    enterprise_name: p.enterpriseName,
    credit_code: p.creditCode,
    country: countryName(p.sourceCountry, 'zh-CN'),
    type: PROJECT_TYPE_ZH[p.type],
    industry: industry ? `${industry.code} ${industry.name}` : p.industryCode,
    total_investment: usdToWan(p.totalInvestmentUsd),
    contracted_fdi: usdToWan(p.contractedFdiUsd),
    utilised_fdi_month: usdToWan(projectArrivalsUsd(db, p.id, period, period)),
  };
}

/** T1's second sheet: the projects (新设, 增资, 并购) signed in the month. */
export function buildT1Projects(db: Db, parkId: string, period: string): ListRecord[] {
  const { from, to } = dateRange(period, period);
  return projectsSignedBetween(db, parkId, from, to).map((p, i) => projectRecord(db, p, i + 1, period));
}

/** The source groups in the form's order, for checks that they add up to 实际使用外资. */
export const T1_SOURCE_ROWS: readonly string[] = FDI_SOURCE_GROUPS;
