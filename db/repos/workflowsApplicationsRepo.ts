import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { CLOSED_STATUSES, type ApplicationStatus } from '../reference/workflows';
import {
  enterprises,
  projects,
  workflowApplications,
  workflowStepRuns,
  workflowTemplates,
  type NewWorkflowApplicationRow,
  type WorkflowApplicationRow,
  type WorkflowStepRunRow,
} from '../schema';
import { applicationParkSql } from './applicationPark';
import { likeContains } from './sqlText';

/** The filters SQL can answer; the light depends on today's clock and is filtered by the caller. */
export interface ApplicationRowQuery {
  ids?: string[];
  templateFamilyId?: string;
  /** A department of the current step. */
  department?: string;
  /** …that has not approved it yet (a department's queue). */
  awaitingDepartment?: string;
  statuses?: readonly ApplicationStatus[];
  openOnly?: boolean;
  enterpriseId?: string;
  projectId?: string;
  /** Its park (its project's, else its enterprise's) is one of these. */
  parkIds?: readonly string[];
  /** Submitted within these days (inclusive ISO dates). */
  submittedFrom?: string;
  submittedTo?: string;
  search?: string;
}

function currentStepHas(department: string, pendingOnly: boolean): SQL {
  return sql`EXISTS (SELECT 1 FROM workflow_step_runs r WHERE r.application_id = "workflow_applications"."id"
    AND r.step_no = "workflow_applications"."current_step" AND r.department = ${department}${pendingOnly ? sql` AND r.approved_on IS NULL` : sql``})`;
}

function rowFilter(query: ApplicationRowQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.ids) conditions.push(inArray(workflowApplications.id, query.ids));
  if (query.templateFamilyId) conditions.push(eq(workflowTemplates.familyId, query.templateFamilyId));
  if (query.department) conditions.push(currentStepHas(query.department, false));
  if (query.awaitingDepartment) conditions.push(currentStepHas(query.awaitingDepartment, true));
  if (query.statuses) conditions.push(inArray(workflowApplications.status, [...query.statuses]));
  if (query.openOnly) conditions.push(notInArray(workflowApplications.status, [...CLOSED_STATUSES]));
  if (query.enterpriseId) conditions.push(eq(workflowApplications.enterpriseId, query.enterpriseId));
  if (query.projectId) conditions.push(eq(workflowApplications.projectId, query.projectId));
  if (query.parkIds?.length) {
    conditions.push(sql`${sql.raw(applicationParkSql('"workflow_applications"', '"enterprises"'))} IN (SELECT value FROM json_each(${JSON.stringify(query.parkIds)}))`);
  }
  if (query.submittedFrom) conditions.push(gte(workflowApplications.submittedOn, query.submittedFrom));
  if (query.submittedTo) conditions.push(lte(workflowApplications.submittedOn, query.submittedTo));
  if (query.search?.trim()) {
    const pattern = likeContains(query.search.trim());
    conditions.push(sql`(${workflowApplications.serial} LIKE ${pattern} ESCAPE '\\' OR ${workflowApplications.subject} LIKE ${pattern} ESCAPE '\\' OR ${enterprises.name} LIKE ${pattern} ESCAPE '\\')`);
  }
  return and(...conditions);
}

export interface ApplicationPage {
  sortBy: 'submittedOn' | 'serial';
  sortDir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/**
 * Applications with the names a list row shows beside them, newest intake first or in the page's order. The
 * template is joined for its family only; callers load the few template versions themselves.
 */
export function listApplicationRows(db: Db, query: ApplicationRowQuery = {}, page?: ApplicationPage) {
  const column = page?.sortBy === 'serial' ? workflowApplications.serial : workflowApplications.submittedOn;
  const order = page?.sortDir === 'asc' ? asc : desc;
  const select = db
    .select({ application: workflowApplications, enterpriseName: enterprises.name, projectName: projects.name })
    .from(workflowApplications)
    .innerJoin(workflowTemplates, eq(workflowTemplates.id, workflowApplications.templateId))
    .innerJoin(enterprises, eq(enterprises.id, workflowApplications.enterpriseId))
    .leftJoin(projects, eq(projects.id, workflowApplications.projectId))
    .where(rowFilter(query))
    .orderBy(order(column), order(workflowApplications.serial));
  return page ? select.limit(page.limit).offset(page.offset).all() : select.all();
}

export function countApplicationRows(db: Db, query: ApplicationRowQuery = {}): number {
  return (
    db
      .select({ n: count() })
      .from(workflowApplications)
      .innerJoin(workflowTemplates, eq(workflowTemplates.id, workflowApplications.templateId))
      .innerJoin(enterprises, eq(enterprises.id, workflowApplications.enterpriseId))
      .where(rowFilter(query))
      .get()?.n ?? 0
  );
}

export type ApplicationListRow = ReturnType<typeof listApplicationRows>[number];

export function getApplication(db: Db, id: string): WorkflowApplicationRow | undefined {
  return db.select().from(workflowApplications).where(eq(workflowApplications.id, id)).get();
}

export function findApplicationBySubject(db: Db, enterpriseId: string, subject: string): WorkflowApplicationRow | undefined {
  return db.select().from(workflowApplications).where(and(eq(workflowApplications.enterpriseId, enterpriseId), eq(workflowApplications.subject, subject))).get();
}

export function insertApplication(db: Db, row: NewWorkflowApplicationRow): void {
  db.insert(workflowApplications).values(row).run();
}

export function updateApplication(db: Db, id: string, patch: Partial<NewWorkflowApplicationRow>): void {
  db.update(workflowApplications).set(patch).where(eq(workflowApplications.id, id)).run();
}

/** 收件编号 for an intake in `year`: the year's highest number plus one. */
export function nextSerial(db: Db, year: number): string {
  const row = db
    .select({ n: sql<number | null>`max(CAST(substr(${workflowApplications.serial}, 6) AS INTEGER))` })
    .from(workflowApplications)
    .where(sql`${workflowApplications.serial} LIKE ${`${year}-%`}`)
    .get();
  return `${year}-${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export function insertStepRuns(db: Db, rows: WorkflowStepRunRow[]): void {
  for (const row of rows) db.insert(workflowStepRuns).values(row).run();
}

export function startStep(db: Db, applicationId: string, stepNo: number, on: string): void {
  db.update(workflowStepRuns).set({ startedOn: on }).where(and(eq(workflowStepRuns.applicationId, applicationId), eq(workflowStepRuns.stepNo, stepNo))).run();
}

export function approveStepRun(db: Db, applicationId: string, stepNo: number, department: string, on: string): void {
  db.update(workflowStepRuns)
    .set({ approvedOn: on })
    .where(and(eq(workflowStepRuns.applicationId, applicationId), eq(workflowStepRuns.stepNo, stepNo), eq(workflowStepRuns.department, department)))
    .run();
}

/** SQLite caps bound parameters; lists of ids go in slices. */
const ID_CHUNK = 500;

export function stepRunsOf(db: Db, applicationIds: readonly string[]): WorkflowStepRunRow[] {
  const rows: WorkflowStepRunRow[] = [];
  for (let i = 0; i < applicationIds.length; i += ID_CHUNK) {
    const ids = applicationIds.slice(i, i + ID_CHUNK);
    rows.push(...db.select().from(workflowStepRuns).where(inArray(workflowStepRuns.applicationId, ids)).orderBy(asc(workflowStepRuns.stepNo)).all());
  }
  return rows;
}

/** Department approvals dated within [from, to], for on-time rates. */
export function approvalsBetween(db: Db, from: string, to: string, department?: string) {
  return db
    .select()
    .from(workflowStepRuns)
    .where(and(isNotNull(workflowStepRuns.approvedOn), gte(workflowStepRuns.approvedOn, from), lte(workflowStepRuns.approvedOn, to), department ? eq(workflowStepRuns.department, department) : undefined))
    .all();
}
