import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import type { ApplicationAction } from '../../../db/reference/workflows';
import { getLiveEnterprise } from '../../../db/repos/enterprisesRepo';
import { getLiveProject } from '../../../db/repos/projectsRepo';
import {
  approveStepRun,
  getApplication,
  insertApplication,
  insertStepRuns,
  nextSerial,
  startStep,
  stepRunsOf,
  updateApplication,
} from '../../../db/repos/workflowsApplicationsRepo';
import { insertEvent, lastEventOn } from '../../../db/repos/workflowsEventsRepo';
import { currentTemplateOfFamily, getTemplate } from '../../../db/repos/workflowsTemplatesRepo';
import type { NewWorkflowApplicationRow, WorkflowApplicationRow, WorkflowTemplateRow } from '../../../db/schema';
import { AppError } from '../appError';
import { checkAction, statusAfter } from './applicationStates';
import { nameList, refuse } from './refusal';
import { checkIntakeMaterials } from './templateRules';

/** Who acts, when it is written, and which day is today on the desk. */
export interface ActionEnv {
  db: Db;
  at: string;
  actor: string;
  today: string;
}

export interface IntakeValues {
  templateId: string;
  enterpriseId: string;
  projectId: string | null;
  subject: string;
  contactName: string;
  contactPhone: string;
  note: string;
  submittedOn?: string | undefined;
}

interface Dated {
  on?: string | undefined;
  comment?: string | undefined;
}

function notFound(entity: string, id: string): AppError {
  return new AppError('NOT_FOUND', undefined, { entity, id });
}

export function templateOf(db: Db, application: WorkflowApplicationRow): WorkflowTemplateRow {
  const template = getTemplate(db, application.templateId);
  if (!template) throw notFound('workflow_template', application.templateId);
  return template;
}

/** Actions happen today or are recorded afterwards, never before the action they follow (the clock runs forward). */
function actionDate(env: ActionEnv, application: WorkflowApplicationRow, on: string | undefined): string {
  const date = on ?? env.today;
  if (date > env.today) throw refuse('on', 'field.futureDate');
  const previous = lastEventOn(env.db, application.id) ?? application.submittedOn;
  if (date < previous) throw refuse('on', 'workflow.date.beforePrevious', { date: previous });
  return date;
}

/** Moves the application on and writes the timeline row; the state check comes first so its message wins. */
function transition(
  env: ActionEnv,
  application: WorkflowApplicationRow,
  action: ApplicationAction,
  on: string,
  comment: string,
  patch: Partial<NewWorkflowApplicationRow> = {},
  payload: Record<string, unknown> = {},
  completesLastStep = false,
): void {
  const status = statusAfter(application.status, action, completesLastStep);
  updateApplication(env.db, application.id, { ...patch, status, updatedAt: env.at });
  insertEvent(env.db, { applicationId: application.id, kind: action, on, at: env.at, actor: env.actor, comment, status, payload });
}

/** 一窗一表 intake: the application is filed on the current version of its template; its clock starts at acceptance. */
export function submitApplication(env: ActionEnv, values: IntakeValues): WorkflowApplicationRow {
  const template = getTemplate(env.db, values.templateId);
  if (!template) throw notFound('workflow_template', values.templateId);
  if (template.supersededAt) {
    const latest = currentTemplateOfFamily(env.db, template.familyId);
    throw refuse('templateId', 'workflow.template.superseded', { version: latest?.version ?? template.version });
  }
  if (!getLiveEnterprise(env.db, values.enterpriseId)) throw refuse('enterpriseId', 'workflow.enterprise.unknown');
  if (values.projectId) {
    const project = getLiveProject(env.db, values.projectId);
    if (!project) throw refuse('projectId', 'workflow.project.unknown');
    if (project.enterpriseId !== values.enterpriseId) throw refuse('projectId', 'workflow.project.otherEnterprise');
  }
  const submittedOn = values.submittedOn ?? env.today;
  if (submittedOn > env.today) throw refuse('submittedOn', 'field.futureDate');

  const id = randomUUID();
  const { submittedOn: _submitted, ...fields } = values;
  insertApplication(env.db, {
    id, serial: nextSerial(env.db, Number(submittedOn.slice(0, 4))), ...fields, status: 'submitted', submittedOn, createdAt: env.at, updatedAt: env.at,
  });
  insertStepRuns(env.db, template.steps.flatMap((step, i) => step.departments.map((department) => ({ applicationId: id, stepNo: i + 1, department, startedOn: null, approvedOn: null }))));
  insertEvent(env.db, { applicationId: id, kind: 'submit', on: submittedOn, at: env.at, actor: env.actor, comment: '', status: 'submitted', payload: { templateId: template.id, templateVersion: template.version } });
  return getApplication(env.db, id)!;
}

export function acceptApplication(env: ActionEnv, application: WorkflowApplicationRow, input: Dated & { materialsReceived: string[] }): void {
  checkAction(application.status, 'accept');
  const on = actionDate(env, application, input.on);
  checkIntakeMaterials(templateOf(env.db, application).steps, input.materialsReceived, false);
  startStep(env.db, application.id, 1, on);
  transition(env, application, 'accept', on, input.comment ?? '', { acceptedOn: on, currentStep: 1, materialsReceived: input.materialsReceived }, { materialsReceived: input.materialsReceived });
}

/** 容缺受理: accepted now, the mandatory materials still missing are owed by `supplyBy`. */
export function acceptWithMissing(env: ActionEnv, application: WorkflowApplicationRow, input: Dated & { materialsReceived: string[]; supplyBy: string }): void {
  checkAction(application.status, 'accept_with_missing');
  const on = actionDate(env, application, input.on);
  const outstanding = checkIntakeMaterials(templateOf(env.db, application).steps, input.materialsReceived, true);
  const supplyBy = outstanding.length ? input.supplyBy : null;
  if (supplyBy !== null && supplyBy <= on) throw refuse('supplyBy', 'workflow.missing.supplyBy');
  startStep(env.db, application.id, 1, on);
  transition(
    env, application, 'accept_with_missing', on, input.comment ?? '',
    { acceptedOn: on, currentStep: 1, materialsReceived: input.materialsReceived, materialsOutstanding: outstanding, supplyBy },
    { materialsReceived: input.materialsReceived, missing: outstanding, supplyBy },
  );
}

export function supplyMissing(env: ActionEnv, application: WorkflowApplicationRow, input: Dated & { materials: string[] }): void {
  checkAction(application.status, 'supply_missing');
  const on = actionDate(env, application, input.on);
  const owed = application.materialsOutstanding;
  if (!owed.length) throw refuse('materials', 'workflow.missing.nothingOutstanding');
  const notOwed = input.materials.filter((m) => !owed.includes(m));
  if (notOwed.length) throw refuse('materials', 'workflow.missing.notOutstanding', { names: nameList(notOwed) });
  const stillOwed = owed.filter((m) => !input.materials.includes(m));
  transition(
    env, application, 'supply_missing', on, input.comment ?? '',
    { materialsReceived: [...new Set([...application.materialsReceived, ...input.materials])], materialsOutstanding: stillOwed, supplyBy: stillOwed.length ? application.supplyBy : null },
    { supplied: input.materials, stillMissing: stillOwed },
  );
}

/**
 * One department approves the current step. A 会签 step completes when its last department approves; the next
 * step then starts that day, and after the last step the application is approved.
 */
export function approveStep(env: ActionEnv, application: WorkflowApplicationRow, input: Dated & { stepNo: number; department: string }): void {
  checkAction(application.status, 'approve_step');
  const current = application.currentStep ?? 0;
  if (input.stepNo !== current) throw refuse('stepNo', 'workflow.step.notCurrent', { current });
  const steps = templateOf(env.db, application).steps;
  const step = steps[current - 1]!;
  if (!step.departments.includes(input.department)) throw refuse('department', 'workflow.step.departmentNotInStep', { department: input.department });
  const runs = stepRunsOf(env.db, [application.id]).filter((r) => r.stepNo === current);
  if (runs.find((r) => r.department === input.department)?.approvedOn) throw refuse('department', 'workflow.step.alreadyApproved', { department: input.department });
  const on = actionDate(env, application, input.on);

  approveStepRun(env.db, application.id, current, input.department, on);
  const stepCompleted = runs.every((r) => r.department === input.department || r.approvedOn);
  const last = stepCompleted && current === steps.length;
  if (stepCompleted && !last) startStep(env.db, application.id, current + 1, on);
  const patch: Partial<NewWorkflowApplicationRow> = last ? { currentStep: null, decidedOn: on } : stepCompleted ? { currentStep: current + 1 } : {};
  transition(env, application, 'approve_step', on, input.comment ?? '', patch, { stepNo: current, department: input.department, stepCompleted, pledge: step.isPledge }, last);
}

/** 补正: back to the applicant; the clock stops until resubmission. */
export function returnForCorrection(env: ActionEnv, application: WorkflowApplicationRow, input: { reason: string; on?: string | undefined }): void {
  checkAction(application.status, 'return_for_correction');
  transition(env, application, 'return_for_correction', actionDate(env, application, input.on), input.reason, {}, { stepNo: application.currentStep });
}

export function resubmit(env: ActionEnv, application: WorkflowApplicationRow, input: Dated): void {
  checkAction(application.status, 'resubmit');
  transition(env, application, 'resubmit', actionDate(env, application, input.on), input.comment ?? '');
}

export function reject(env: ActionEnv, application: WorkflowApplicationRow, input: { reason: string; on?: string | undefined }): void {
  checkAction(application.status, 'reject');
  const on = actionDate(env, application, input.on);
  transition(env, application, 'reject', on, input.reason, { decidedOn: on }, { stepNo: application.currentStep });
}

/** 中止 (hearing, testing, expert review…): the clock stops until resumed. */
export function suspend(env: ActionEnv, application: WorkflowApplicationRow, input: { reason: string; on?: string | undefined }): void {
  checkAction(application.status, 'suspend');
  transition(env, application, 'suspend', actionDate(env, application, input.on), input.reason, {}, { stepNo: application.currentStep });
}

export function resume(env: ActionEnv, application: WorkflowApplicationRow, input: Dated): void {
  checkAction(application.status, 'resume');
  transition(env, application, 'resume', actionDate(env, application, input.on), input.comment ?? '');
}

export function withdraw(env: ActionEnv, application: WorkflowApplicationRow, input: Dated): void {
  checkAction(application.status, 'withdraw');
  const on = actionDate(env, application, input.on);
  transition(env, application, 'withdraw', on, input.comment ?? '', { withdrawnOn: on });
}

/** 办结: the decision is delivered; not while 容缺 materials are still owed. */
export function complete(env: ActionEnv, application: WorkflowApplicationRow, input: Dated): void {
  checkAction(application.status, 'complete');
  if (application.materialsOutstanding.length) throw refuse('status', 'workflow.missing.outstanding', { names: nameList(application.materialsOutstanding) });
  const on = actionDate(env, application, input.on);
  transition(env, application, 'complete', on, input.comment ?? '', { completedOn: on });
}
