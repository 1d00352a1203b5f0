import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { BenefitKind, ClauseApplicability, PolicyCategory, PolicyLevel, PolicyLinkKind, TaxHolidaySchedule } from '../reference/policies';
import { enterprises } from './enterprises';
import { projects } from './projects';

/** A policy document of the library. Its status is derived from its dates and links, never stored. */
export const policies = sqliteTable(
  'policies',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    /** 文号, normalised (浙政办发〔2018〕9号); many documents have none. */
    docNumber: text('doc_number'),
    issuer: text('issuer').notNull().default(''),
    level: text('level').$type<PolicyLevel>().notNull(),
    categories: text('categories', { mode: 'json' }).$type<PolicyCategory[]>().notNull().default(sql`'[]'`),
    issuedOn: text('issued_on'),
    effectiveOn: text('effective_on'),
    expiresOn: text('expires_on'),
    fullText: text('full_text').notNull().default(''),
    sourceNote: text('source_note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    uniqueIndex('policies_live_doc_number_unique').on(t.docNumber).where(sql`deleted_at IS NULL AND doc_number IS NOT NULL`),
    index('policies_level_idx').on(t.level),
  ],
);

export type PolicyRow = typeof policies.$inferSelect;
export type NewPolicyRow = typeof policies.$inferInsert;

/** The newer policy (from) repeals or amends the older one (to). */
export const policyLinks = sqliteTable(
  'policy_links',
  {
    id: text('id').primaryKey(),
    fromPolicyId: text('from_policy_id').notNull().references(() => policies.id),
    toPolicyId: text('to_policy_id').notNull().references(() => policies.id),
    kind: text('kind').$type<PolicyLinkKind>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('policy_links_pair_unique').on(t.fromPolicyId, t.toPolicyId), index('policy_links_to_idx').on(t.toPolicyId)],
);

export type PolicyLinkRow = typeof policyLinks.$inferSelect;

/** A numbered clause (一、 / （一） / 1.) in document order, with its place in the hierarchy. */
export const policyClauses = sqliteTable(
  'policy_clauses',
  {
    id: text('id').primaryKey(),
    policyId: text('policy_id').notNull().references(() => policies.id),
    parentId: text('parent_id').references((): AnySQLiteColumn => policyClauses.id),
    /** 1 = 一、, 2 = （一）, 3 = 1. */
    level: integer('level').notNull(),
    /** As numbered in the text: 三, （二）, 1. */
    number: text('number').notNull(),
    /** 三/（二） */
    path: text('path').notNull(),
    ordinal: integer('ordinal').notNull(),
    heading: text('heading').notNull().default(''),
    text: text('text').notNull().default(''),
    /** 牵头单位: the first unit listed. */
    leadUnit: text('lead_unit'),
    responsibleUnits: text('responsible_units', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Indicator the clause's quantitative target feeds (defined by the dashboard issue). */
    indicatorCode: text('indicator_code'),
    applicability: text('applicability', { mode: 'json' }).$type<ClauseApplicability>(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('policy_clauses_order_unique').on(t.policyId, t.ordinal), index('policy_clauses_parent_idx').on(t.parentId)],
);

export type PolicyClauseRow = typeof policyClauses.$inferSelect;
export type NewPolicyClauseRow = typeof policyClauses.$inferInsert;

/** 政策兑现: a benefit granted to an enterprise under a policy (and clause). */
export const policyBenefits = sqliteTable(
  'policy_benefits',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id').notNull().references(() => enterprises.id),
    projectId: text('project_id').references(() => projects.id),
    policyId: text('policy_id').notNull().references(() => policies.id),
    clauseId: text('clause_id').references(() => policyClauses.id),
    kind: text('kind').$type<BenefitKind>().notNull(),
    /** Yuan in 分 (the smallest unit a 兑现 form uses); shown as 元 / 万元 with exact decimals. */
    amountFen: integer('amount_fen').notNull(),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    grantedOn: text('granted_on').notNull(),
    evidenceName: text('evidence_name'),
    evidenceSha256: text('evidence_sha256'),
    taxHoliday: text('tax_holiday', { mode: 'json' }).$type<TaxHolidaySchedule>(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('policy_benefits_enterprise_idx').on(t.enterpriseId, t.grantedOn),
    // Covering for a policy's total granted.
    index('policy_benefits_policy_amount_idx').on(t.policyId, t.deletedAt, t.amountFen),
  ],
);

export type PolicyBenefitRow = typeof policyBenefits.$inferSelect;
