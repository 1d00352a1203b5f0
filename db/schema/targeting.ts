import { index, sqliteTable, text, primaryKey } from 'drizzle-orm/sqlite-core';
import type { FollowUpKind } from '../reference/investment';
import { parks } from './parks';
import { projects } from './projects';

/** 目标企业: a company the park is courting (精准招商), with its one plan (一企一策). */
export const targets = sqliteTable(
  'targets',
  {
    id: text('id').primaryKey(),
    company: text('company').notNull(),
    companyOriginal: text('company_original').notNull().default(''),
    countryCode: text('country_code').notNull(),
    industryCode: text('industry_code').notNull(),
    parkId: text('park_id').references(() => parks.id),
    priority: text('priority').$type<'A' | 'B' | 'C'>().notNull(),
    owner: text('owner').notNull().default(''),
    status: text('status').$type<'tracking' | 'negotiating' | 'converted' | 'shelved'>().notNull(),
    plan: text('plan').notNull().default(''),
    convertedProjectId: text('converted_project_id').references(() => projects.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('targets_country_industry_idx').on(t.countryCode, t.industryCode)],
);

export type TargetRow = typeof targets.$inferSelect;

/** One contact with a target or project: visit, call, 云招商 meeting, 云签约, note — and what comes next. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: text('id').primaryKey(),
    targetId: text('target_id').references(() => targets.id),
    projectId: text('project_id').references(() => projects.id),
    kind: text('kind').$type<FollowUpKind>().notNull(),
    happenedOn: text('happened_on').notNull(),
    summary: text('summary').notNull(),
    nextStep: text('next_step').notNull().default(''),
    dueOn: text('due_on'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('follow_ups_target_idx').on(t.targetId, t.happenedOn), index('follow_ups_project_idx').on(t.projectId, t.happenedOn)],
);

export type FollowUpRow = typeof followUps.$inferSelect;

/** A country × industry cell the park has chosen to pursue (source 003's pairs seed it). */
export const targetingFocus = sqliteTable(
  'targeting_focus',
  {
    countryCode: text('country_code').notNull(),
    industryCode: text('industry_code').notNull(),
    theme: text('theme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.industryCode] })],
);
