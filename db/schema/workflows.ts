import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ApplicationStatus, CalendarOverrideKind, WorkflowCategory, WorkflowEventKind } from '../reference/workflows';
import { enterprises } from './enterprises';
import { projects } from './projects';

/** One item of the 一窗一表 materials list; names are unique within a template. */
export interface WorkflowMaterial {
  name: string;
  mandatory: boolean;
}

/** One step of a procedure as a template version defines it; a running application keeps its version's steps. */
export interface WorkflowStepDefinition {
  name: string;
  /** The approving department(s); several means 会签: every one must approve before the step completes. */
  departments: string[];
  role: string;
  /** 法定时限 and 承诺时限, in working days; promised ≤ statutory. */
  statutoryDays: number;
  promisedDays: number;
  materials: WorkflowMaterial[];
  /** 容缺受理: mandatory materials of this step may be supplied after acceptance. */
  allowsMissing: boolean;
  /** 承诺制: approved on the applicant's written pledge, verified afterwards. */
  isPledge: boolean;
}

/**
 * A template version. Versions are never edited: editing a template inserts version n+1 in the same family and
 * marks the old one superseded, so applications keep running on the steps they were filed under.
 */
export const workflowTemplates = sqliteTable(
  'workflow_templates',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    category: text('category').$type<WorkflowCategory>().notNull(),
    legalBasis: text('legal_basis').notNull().default(''),
    /** A clause of the policy library once it exists; kept as text until then. */
    policyClauseId: text('policy_clause_id'),
    steps: text('steps', { mode: 'json' }).$type<WorkflowStepDefinition[]>().notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    supersededAt: text('superseded_at'),
  },
  (t) => [
    uniqueIndex('workflow_templates_family_version_unique').on(t.familyId, t.version),
    uniqueIndex('workflow_templates_current_family_unique').on(t.familyId).where(sql`superseded_at IS NULL`),
  ],
);

export type WorkflowTemplateRow = typeof workflowTemplates.$inferSelect;

/** 一窗一表: one intake for an enterprise (and optionally one of its projects), run on one template version. */
export const workflowApplications = sqliteTable(
  'workflow_applications',
  {
    id: text('id').primaryKey(),
    /** 收件编号, YYYY-NNNN by year of intake. */
    serial: text('serial').notNull(),
    templateId: text('template_id').notNull().references(() => workflowTemplates.id),
    enterpriseId: text('enterprise_id').notNull().references(() => enterprises.id),
    projectId: text('project_id').references(() => projects.id),
    subject: text('subject').notNull(),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    note: text('note').notNull().default(''),
    status: text('status').$type<ApplicationStatus>().notNull(),
    /** 1-based step under review; null before acceptance and once decided. */
    currentStep: integer('current_step'),
    submittedOn: text('submitted_on').notNull(),
    acceptedOn: text('accepted_on'),
    /** Approved (after the last step) or rejected: the overall clock stops here. */
    decidedOn: text('decided_on'),
    completedOn: text('completed_on'),
    withdrawnOn: text('withdrawn_on'),
    materialsReceived: text('materials_received', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** 容缺: mandatory materials accepted as missing and not yet supplied. */
    materialsOutstanding: text('materials_outstanding', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    supplyBy: text('supply_by'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('workflow_applications_serial_unique').on(t.serial),
    index('workflow_applications_status_idx').on(t.status, t.submittedOn),
    index('workflow_applications_enterprise_idx').on(t.enterpriseId),
    index('workflow_applications_template_idx').on(t.templateId),
  ],
);

export type WorkflowApplicationRow = typeof workflowApplications.$inferSelect;
export type NewWorkflowApplicationRow = typeof workflowApplications.$inferInsert;

/**
 * One department's part in one step of one application (one row per department; several for 会签). The step
 * starts for all its departments at once and completes when the last of them approves.
 */
export const workflowStepRuns = sqliteTable(
  'workflow_step_runs',
  {
    applicationId: text('application_id').notNull().references(() => workflowApplications.id),
    stepNo: integer('step_no').notNull(),
    department: text('department').notNull(),
    startedOn: text('started_on'),
    approvedOn: text('approved_on'),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.stepNo, t.department] }),
    // Queues by department and on-time rates over approval dates.
    index('workflow_step_runs_department_idx').on(t.department, t.approvedOn),
  ],
);

export type WorkflowStepRunRow = typeof workflowStepRuns.$inferSelect;

/** The timeline: one row per action on an application; the clock's pauses are read from it. */
export const workflowEvents = sqliteTable(
  'workflow_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    applicationId: text('application_id').notNull().references(() => workflowApplications.id),
    kind: text('kind').$type<WorkflowEventKind>().notNull(),
    /** The day the action took effect, which the clock counts from. */
    on: text('on').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    comment: text('comment').notNull().default(''),
    /** Status after the action. */
    status: text('status').$type<ApplicationStatus>().notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  },
  (t) => [index('workflow_events_application_idx').on(t.applicationId, t.seq)],
);

export type WorkflowEventRow = typeof workflowEvents.$inferSelect;

/** A day from a holiday notice entered by hand (a year the chinese-days package does not have yet); wins over it. */
export const calendarOverrides = sqliteTable('calendar_overrides', {
  date: text('date').primaryKey(),
  kind: text('kind').$type<CalendarOverrideKind>().notNull(),
  note: text('note').notNull().default(''),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

export type CalendarOverrideRow = typeof calendarOverrides.$inferSelect;
