import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import type { ProjectStage, ProjectType } from '../reference/investment';

/** Read-only queries the report builders sum from: arrivals with their project's classification, projects by date. */

export interface ArrivalFact {
  projectId: string;
  type: ProjectType;
  sourceCountry: string;
  industryCode: string;
  amountUsd: number;
}

/** Arrivals of a park in months [from, to], summed per project (from the (park, period, amount) covering index). */
export function arrivalsByProject(db: Db, parkId: string, fromMonth: string, toMonth: string): ArrivalFact[] {
  return db.all<ArrivalFact>(sql`
    SELECT p.id AS projectId, p.type AS type, p.source_country AS sourceCountry, p.industry_code AS industryCode,
           sum(a.amount_usd) AS amountUsd
    FROM fdi_arrivals a JOIN projects p ON p.id = a.project_id
    WHERE a.park_id = ${parkId} AND a.period BETWEEN ${fromMonth} AND ${toMonth}
    GROUP BY p.id`);
}

export interface SignedProjectFact {
  id: string;
  name: string;
  type: ProjectType;
  signedOn: string;
  totalInvestmentUsd: number;
  contractedFdiUsd: number;
  sourceCountry: string;
  industryCode: string;
  enterpriseId: string;
  enterpriseName: string;
  creditCode: string | null;
  isFortune500: number;
}

/** Projects of a park signed on days [from, to] (dropped ones too: the contract was signed), not deleted. */
export function projectsSignedBetween(db: Db, parkId: string, from: string, to: string): SignedProjectFact[] {
  return db.all<SignedProjectFact>(sql`
    SELECT p.id, p.name, p.type, p.signed_on AS signedOn, p.total_investment_usd AS totalInvestmentUsd,
           p.contracted_fdi_usd AS contractedFdiUsd, p.source_country AS sourceCountry, p.industry_code AS industryCode,
           e.id AS enterpriseId, e.name AS enterpriseName, e.credit_code AS creditCode, coalesce(e.is_fortune500, 0) AS isFortune500
    FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE p.park_id = ${parkId} AND p.deleted_at IS NULL AND p.signed_on BETWEEN ${from} AND ${to}
    ORDER BY p.signed_on, p.name`);
}

/** Whether the register holds anything of the park in a date range: a project signed or an arrival. */
export function hasRecordsBetween(db: Db, parkId: string, from: string, to: string): boolean {
  const row = db.get<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM fdi_arrivals WHERE park_id = ${parkId} AND arrived_on BETWEEN ${from} AND ${to})
         + (SELECT count(*) FROM projects WHERE park_id = ${parkId} AND deleted_at IS NULL AND signed_on BETWEEN ${from} AND ${to}) AS n`);
  return (row?.n ?? 0) > 0;
}

export interface LedgerProjectFact {
  id: string;
  name: string;
  type: ProjectType;
  stage: ProjectStage;
  enterpriseName: string;
  investor: string;
  creditCode: string | null;
  sourceCountry: string;
  industryCode: string;
  isFortune500: number;
  totalInvestmentUsd: number;
  contractedFdiUsd: number;
  yearUsd: number;
  totalUsd: number;
  signedOn: string | null;
  underConstructionOn: string | null;
  inProductionOn: string | null;
  landMu: number | null;
  owner: string;
  ownerPhone: string;
  issues: string;
}

/**
 * The park's live, not dropped projects that had started by `to` (first recorded stage on or before it), with
 * arrivals of the year to date and in total up to the end of the period.
 */
export function ledgerProjects(db: Db, parkId: string, yearFrom: string, to: string): LedgerProjectFact[] {
  return db.all<LedgerProjectFact>(sql`
    SELECT p.id, p.name, p.type, p.stage, e.name AS enterpriseName,
           CASE WHEN e.name_original <> '' THEN e.name_original ELSE e.name END AS investor,
           e.credit_code AS creditCode, p.source_country AS sourceCountry, p.industry_code AS industryCode,
           coalesce(e.is_fortune500, 0) AS isFortune500, p.total_investment_usd AS totalInvestmentUsd,
           p.contracted_fdi_usd AS contractedFdiUsd,
           (SELECT coalesce(sum(a.amount_usd), 0) FROM fdi_arrivals a WHERE a.project_id = p.id AND a.arrived_on BETWEEN ${yearFrom} AND ${to}) AS yearUsd,
           (SELECT coalesce(sum(a.amount_usd), 0) FROM fdi_arrivals a WHERE a.project_id = p.id AND a.arrived_on <= ${to}) AS totalUsd,
           p.signed_on AS signedOn, p.under_construction_on AS underConstructionOn, p.in_production_on AS inProductionOn,
           p.land_mu AS landMu, p.owner, p.owner_phone AS ownerPhone, p.issues
    FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
    WHERE p.park_id = ${parkId} AND p.deleted_at IS NULL AND p.stage <> 'dropped'
      AND coalesce(p.lead_on, p.negotiating_on, p.signed_on, p.registered_on, p.under_construction_on, p.in_production_on, '0000') <= ${to}
    ORDER BY coalesce(p.signed_on, '9999'), p.name`);
}

/** Arrivals of one project in months [from, to]. */
export function projectArrivalsUsd(db: Db, projectId: string, fromMonth: string, toMonth: string): number {
  return db.get<{ n: number }>(sql`SELECT coalesce(sum(amount_usd), 0) AS n FROM fdi_arrivals WHERE project_id = ${projectId} AND period BETWEEN ${fromMonth} AND ${toMonth}`)?.n ?? 0;
}

/** Months of `months` the park has locked (reported), for the period-locked check. */
export function lockedMonths(db: Db, parkId: string, months: string[]): Set<string> {
  if (months.length === 0) return new Set();
  const rows = db.all<{ period: string }>(sql`SELECT period FROM fdi_month_locks WHERE park_id = ${parkId} AND period BETWEEN ${months[0]} AND ${months[months.length - 1]}`);
  return new Set(rows.map((r) => r.period));
}
