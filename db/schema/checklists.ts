import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ChecklistDomain, ItemStatus, ProfileNeed } from '../reference/checklists';
import type { EnterpriseTag, ProjectType } from '../reference/investment';
import { enterprises } from './enterprises';
import { projects } from './projects';
import { workflowApplications } from './workflows';

/** When a template item applies; every condition given must hold, an empty list means "any". */
export interface ChecklistApplicability {
  needs: ProfileNeed[];
  /** At least one of these enterprise tags (高新技术企业 …). */
  tagsAny: EnterpriseTag[];
  /** 新设 / 增资 / 并购. */
  projectTypes: ProjectType[];
  /** Investor's country (ISO 3166 alpha-2). */
  countries: string[];
}

export interface ChecklistMaterial {
  name: string;
  nameEn: string;
  required: boolean;
}

/** One procedure of a template version, in both languages. `key` is stable across the family's versions. */
export interface ChecklistTemplateItem {
  key: string;
  titleZh: string;
  titleEn: string;
  agencyZh: string;
  agencyEn: string;
  legalBasis: string;
  /** A clause of the policy library once it exists; text until then. */
  policyClauseId: string | null;
  materials: ChecklistMaterial[];
  /** Working days, counted like approval limits (start day excluded). */
  timeLimitDays: number;
  /** The limit is a demo value, not checked against the agency's current rules. */
  demoLimit: boolean;
  required: boolean;
  applicability: ChecklistApplicability;
}

/**
 * A template version per service domain, versioned like workflow templates: an edit inserts version n+1 in the family
 * and supersedes the old one; checklists made from it keep the version they were made from (items are copied).
 */
export const checklistTemplates = sqliteTable(
  'checklist_templates',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id').notNull(),
    version: integer('version').notNull(),
    domain: text('domain').$type<ChecklistDomain>().notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    note: text('note').notNull().default(''),
    items: text('items', { mode: 'json' }).$type<ChecklistTemplateItem[]>().notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    supersededAt: text('superseded_at'),
  },
  (t) => [
    uniqueIndex('checklist_templates_family_version_unique').on(t.familyId, t.version),
    uniqueIndex('checklist_templates_current_family_unique').on(t.familyId).where(sql`superseded_at IS NULL`),
  ],
);

export type ChecklistTemplateRow = typeof checklistTemplates.$inferSelect;

/**
 * The enterprise's service profile, kept on the checklist rather than on the enterprise: foreign staff and
 * import/export are facts of the moment the park walked the investor through the procedures, and the checklist must
 * keep saying why its items were chosen even after the enterprise's record changes. Country, industry and tags are
 * copied from the enterprise, the project type from the project.
 */
export interface ServiceProfile {
  countryCode: string;
  industryCode: string;
  tags: EnterpriseTag[];
  projectType: ProjectType | null;
  hasForeignStaff: boolean;
  imports: boolean;
  exports: boolean;
}

export const checklists = sqliteTable(
  'checklists',
  {
    id: text('id').primaryKey(),
    enterpriseId: text('enterprise_id').notNull().references(() => enterprises.id),
    projectId: text('project_id').references(() => projects.id),
    title: text('title').notNull(),
    profile: text('profile', { mode: 'json' }).$type<ServiceProfile>().notNull(),
    /** Template versions it was made from. */
    templateIds: text('template_ids', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('checklists_enterprise_idx').on(t.enterpriseId)],
);

export type ChecklistRow = typeof checklists.$inferSelect;

/** A material of an item with its checkbox. */
export interface ItemMaterial extends ChecklistMaterial {
  checked: boolean;
}

/** One procedure for one enterprise: the template item's text copied, plus who does it, when, and how far it got. */
export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: text('id').primaryKey(),
    checklistId: text('checklist_id').notNull().references(() => checklists.id),
    templateId: text('template_id').notNull().references(() => checklistTemplates.id),
    itemKey: text('item_key').notNull(),
    seq: integer('seq').notNull(),
    domain: text('domain').$type<ChecklistDomain>().notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    agencyZh: text('agency_zh').notNull(),
    agencyEn: text('agency_en').notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    policyClauseId: text('policy_clause_id'),
    timeLimitDays: integer('time_limit_days').notNull(),
    demoLimit: integer('demo_limit', { mode: 'boolean' }).notNull().default(false),
    required: integer('required', { mode: 'boolean' }).notNull(),
    materials: text('materials', { mode: 'json' }).$type<ItemMaterial[]>().notNull(),
    status: text('status').$type<ItemStatus>().notNull(),
    /** Why it is 受阻 (required) or 不适用 (optional). */
    statusReason: text('status_reason').notNull().default(''),
    assignee: text('assignee').notNull().default(''),
    startOn: text('start_on'),
    dueOn: text('due_on'),
    doneOn: text('done_on'),
    notes: text('notes').notNull().default(''),
    applicationId: text('application_id').references(() => workflowApplications.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('checklist_items_checklist_idx').on(t.checklistId, t.seq),
    // The per-domain view of open items: by domain and status, then due date for "overdue".
    index('checklist_items_domain_status_idx').on(t.domain, t.status, t.dueOn),
  ],
);

export type ChecklistItemRow = typeof checklistItems.$inferSelect;
export type NewChecklistItemRow = typeof checklistItems.$inferInsert;

/** A file attached to an item; the bytes live once per content under `<dataDir>/attachments/<sha[0..2]>/<sha>`. */
export const checklistAttachments = sqliteTable(
  'checklist_attachments',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id').notNull().references(() => checklistItems.id),
    name: text('name').notNull(),
    size: integer('size').notNull(),
    mime: text('mime').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('checklist_attachments_item_idx').on(t.itemId), index('checklist_attachments_sha_idx').on(t.sha256)],
);

export type ChecklistAttachmentRow = typeof checklistAttachments.$inferSelect;
