import type { Db } from '../../../db/client';
import { countryName } from '../../../db/reference/countries';
import { findIndustry } from '../../../db/reference/industries';
import { ledgerProjects } from '../../../db/repos/reportFactsRepo';
import type { ListRecord } from './reportContract';
import { PROJECT_STAGE_ZH, PROJECT_TYPE_ZH } from './reportLabelsZh';
import { usdToWan } from './reportNumbers';
import { dateRange } from './reportPeriods';

/**
 * T2 重点外资项目推进台账 for a month: one record per project of the park that is live (not deleted), not dropped
 * (终止 projects leave the 推进 ledger) and had started by the end of the month — leads and talks included, since
 * the ledger tracks 推进 from the first contact. 本年实到 is Jan 1 to the month's end; 累计实到 everything up to it.
 */
export function buildT2Ledger(db: Db, parkId: string, period: string): ListRecord[] {
  const { to } = dateRange(period, period);
  const yearFrom = `${period.slice(0, 4)}-01-01`;
  return ledgerProjects(db, parkId, yearFrom, to).map((p, i) => {
    const industry = findIndustry(p.industryCode);
    return {
      seq: i + 1,
      project_name: p.name,
      enterprise_name: p.enterpriseName,
      credit_code: p.creditCode,
      investor: p.investor,
      country: countryName(p.sourceCountry, 'zh-CN'),
      fortune500: p.isFortune500 === 1,
      industry_code: p.industryCode,
      industry_name: industry?.name ?? null,
      type: PROJECT_TYPE_ZH[p.type],
      total_investment: usdToWan(p.totalInvestmentUsd),
      contracted_fdi: usdToWan(p.contractedFdiUsd),
      utilised_fdi_year: usdToWan(p.yearUsd),
      utilised_fdi_total: usdToWan(p.totalUsd),
      stage: PROJECT_STAGE_ZH[p.stage],
      signed_on: p.signedOn,
      construction_on: p.underConstructionOn,
      production_on: p.inProductionOn,
      land_mu: p.landMu,
      owner: p.owner || null,
      owner_phone: p.ownerPhone || null,
      issues: p.issues || null,
    };
  });
}
