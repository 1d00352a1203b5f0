import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ProjectStage, ProjectType } from '../reference/investment';
import { enterprises } from './enterprises';
import { parks } from './parks';

export const projects = sqliteTable(
  'projects',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    enterpriseId: text('enterprise_id').notNull().references(() => enterprises.id),
    parkId: text('park_id').notNull().references(() => parks.id),
    type: text('type').$type<ProjectType>().notNull(),
    stage: text('stage').$type<ProjectStage>().notNull(),
    dropReason: text('drop_reason'),
    /** Date each stage was reached (YYYY-MM-DD); the timeline on the project page. */
    leadOn: text('lead_on'),
    negotiatingOn: text('negotiating_on'),
    signedOn: text('signed_on'),
    registeredOn: text('registered_on'),
    underConstructionOn: text('under_construction_on'),
    inProductionOn: text('in_production_on'),
    droppedOn: text('dropped_on'),
    /** US dollars (whole); shown as 万美元. */
    totalInvestmentUsd: integer('total_investment_usd').notNull().default(0),
    contractedFdiUsd: integer('contracted_fdi_usd').notNull().default(0),
    landMu: real('land_mu'),
    sourceCountry: text('source_country').notNull(),
    industryCode: text('industry_code').notNull(),
    /** The 精准招商 target this project grew out of, if any. */
    targetId: text('target_id'),
    owner: text('owner').notNull().default(''),
    ownerPhone: text('owner_phone').notNull().default(''),
    issues: text('issues').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('projects_park_stage_idx').on(t.parkId, t.stage),
    index('projects_enterprise_idx').on(t.enterpriseId),
    index('projects_updated_idx').on(t.updatedAt),
    index('projects_country_idx').on(t.sourceCountry),
    index('projects_industry_idx').on(t.industryCode),
    index('projects_total_idx').on(t.totalInvestmentUsd),
  ],
);

export type ProjectRow = typeof projects.$inferSelect;
export type NewProjectRow = typeof projects.$inferInsert;

/**
 * 实到外资: one dated arrival of utilised foreign capital, in US dollars, with what was entered. Removed for real
 * (with an audit row) because a reported month is locked and its arrivals cannot be removed at all.
 */
export const fdiArrivals = sqliteTable(
  'fdi_arrivals',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull().references(() => projects.id),
    parkId: text('park_id').notNull().references(() => parks.id),
    arrivedOn: text('arrived_on').notNull(),
    /** YYYY-MM of arrivedOn, kept for the monthly lock and for covering indexes of report sums. */
    period: text('period').notNull(),
    amountUsd: integer('amount_usd').notNull(),
    /** What the user typed: currency, amount as a decimal string, and the month's rate to USD. */
    currency: text('currency').notNull().default('USD'),
    originalAmount: text('original_amount').notNull(),
    rateToUsd: text('rate_to_usd').notNull().default('1'),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // Covering: a project's arrivals in date order and its running total, without touching the table.
    index('arrivals_project_idx').on(t.projectId, t.arrivedOn, t.amountUsd),
    // Covering for monthly sums: across all parks (period first) and for one park (park first).
    index('arrivals_period_park_amount_idx').on(t.period, t.parkId, t.amountUsd),
    index('arrivals_park_period_amount_idx').on(t.parkId, t.period, t.amountUsd),
  ],
);

export type FdiArrivalRow = typeof fdiArrivals.$inferSelect;

/** A reported month of a park: its arrivals are frozen until an audited unlock. */
export const fdiMonthLocks = sqliteTable('fdi_month_locks', {
  parkId: text('park_id').notNull().references(() => parks.id),
  period: text('period').notNull(),
  lockedAt: text('locked_at').notNull(),
  lockedBy: text('locked_by').notNull(),
}, (t) => [primaryKey({ columns: [t.parkId, t.period] })]);
