import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  CALENDAR_OVERRIDE_KINDS,
  CLOCK_LIGHTS,
  WORKFLOW_CATEGORIES,
} from '../../../db/reference/workflows';
import { isoDate, monthRange, optionalText, parkIdList, requiredText, uuid, yearMonth } from './fields';

/** A time limit in whole working days: 0 is a same-day (即办) step. */
const workingDays = z
  .number({ error: 'field.notNumber' })
  .int({ error: 'workflow.limit.wholeDays' })
  .min(0, { error: 'workflow.limit.negative' })
  .max(365, { error: 'field.tooBig' });

const material = z.object({
  name: requiredText(100),
  mandatory: z.boolean().default(true),
});

const step = z
  .object({
    name: requiredText(60),
    departments: z.array(requiredText(60)).min(1, { error: 'workflow.step.noDepartment' }).max(10, { error: 'field.tooMany' }),
    role: optionalText(60),
    statutoryDays: workingDays,
    promisedDays: workingDays,
    materials: z.array(material).max(60, { error: 'field.tooMany' }).default([]),
    allowsMissing: z.boolean().default(false),
    isPledge: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.promisedDays > value.statutoryDays) {
      ctx.addIssue({ code: 'custom', path: ['promisedDays'], message: 'workflow.limit.promisedOverStatutory', params: { statutory: value.statutoryDays } });
    }
    const seen = new Set<string>();
    value.departments.forEach((department, i) => {
      if (seen.has(department)) ctx.addIssue({ code: 'custom', path: ['departments', i], message: 'workflow.step.duplicateDepartment' });
      seen.add(department);
    });
  });

const templateObject = z.object({
  name: requiredText(100),
  category: z.enum(WORKFLOW_CATEGORIES, { error: 'field.required' }),
  legalBasis: optionalText(2000),
  /** A clause of the future policy library; free text until it exists. */
  policyClauseId: z
    .string()
    .trim()
    .max(100, { error: 'field.tooLong' })
    .nullable()
    .default(null)
    .transform((value) => value || null),
  steps: z.array(step, { error: 'workflow.template.noSteps' }).min(1, { error: 'workflow.template.noSteps' }).max(30, { error: 'field.tooMany' }),
});

/** One 一窗一表 materials list for the whole procedure: a name may appear once across all steps. */
function checkMaterialNames(template: { steps: { materials: { name: string }[] }[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  template.steps.forEach((s, i) =>
    s.materials.forEach((m, j) => {
      if (seen.has(m.name)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'materials', j, 'name'], message: 'workflow.material.duplicate', params: { name: m.name } });
      seen.add(m.name);
    }),
  );
}

export const templateCreateInput = templateObject.superRefine(checkMaterialNames);
export type TemplateInput = z.input<typeof templateCreateInput>;
export type TemplateValues = z.output<typeof templateCreateInput>;

/** Saving an edit makes a new version; `id` is the version that was edited and must still be the current one. */
export const templateUpdateInput = templateObject.extend({ id: uuid }).superRefine(checkMaterialNames);

export const templateListInput = z
  .object({
    includeSuperseded: z.boolean().optional(),
    category: z.enum(WORKFLOW_CATEGORIES).optional(),
    search: z.string().trim().max(100).optional(),
  })
  .default({});

/** The day an action took effect; the server uses today when it is left out. */
const actionOn = isoDate.optional();
const comment = optionalText(2000);
const materialNames = z.array(requiredText(100)).max(100, { error: 'field.tooMany' });

export const applicationCreateInput = z.object({
  templateId: uuid,
  enterpriseId: uuid,
  projectId: uuid.nullable().default(null),
  subject: requiredText(200),
  contactName: optionalText(40),
  contactPhone: optionalText(40),
  note: optionalText(2000),
  submittedOn: actionOn,
});

export const applicationAcceptInput = z.object({ id: uuid, materialsReceived: materialNames.default([]), on: actionOn, comment });
export const applicationAcceptWithMissingInput = applicationAcceptInput.extend({ supplyBy: isoDate });
export const applicationSupplyInput = z.object({ id: uuid, materials: materialNames.min(1, { error: 'field.required' }), on: actionOn, comment });
export const applicationApproveStepInput = z.object({
  id: uuid,
  stepNo: z.number({ error: 'field.notNumber' }).int().min(1),
  department: requiredText(60),
  on: actionOn,
  comment,
});
/** 补正 (what to correct), 驳回 and 中止 need a reason; it becomes the event's comment. */
export const applicationReasonInput = z.object({ id: uuid, reason: requiredText(2000), on: actionOn });
export const applicationNoteInput = z.object({ id: uuid, on: actionOn, comment });

export const APPLICATION_SORT_FIELDS = ['submittedOn', 'serial', 'dueOn', 'light'] as const;

export const applicationListInput = z
  .object({
    /** Any version of this template's family. */
    templateId: uuid.optional(),
    /** A department of the current step. */
    department: z.string().trim().max(60).optional(),
    status: z.enum(APPLICATION_STATUSES).optional(),
    openOnly: z.boolean().optional(),
    light: z.enum(CLOCK_LIGHTS).optional(),
    enterpriseId: uuid.optional(),
    projectId: uuid.optional(),
    /** Its project's park, else its enterprise's, is one of these. */
    parkIds: parkIdList.optional(),
    /** Submitted within these months. */
    period: monthRange.optional(),
    search: z.string().trim().max(100).optional(),
    /** Names of enterprises, projects and people masked (a projector over real data). */
    masked: z.boolean().optional(),
    /** The day the clocks are read for; today when left out. */
    asOf: isoDate.optional(),
    sortBy: z.enum(APPLICATION_SORT_FIELDS).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});

export const applicationQueueInput = z.object({ department: requiredText(60), asOf: isoDate.optional() });
export const applicationGetInput = z.object({ id: uuid, asOf: isoDate.optional() });

export const overdueReportInput = z
  .object({
    asOf: isoDate.optional(),
    department: z.string().trim().max(60).optional(),
    templateId: uuid.optional(),
    /** Overdue by this clock only; by either when left out. */
    basis: z.enum(['statutory', 'promised']).optional(),
  })
  .default({});

export const onTimeRateInput = z
  .object({ from: isoDate, to: isoDate, department: z.string().trim().max(60).optional() })
  .refine((value) => value.from <= value.to, { path: ['to'], error: 'workflow.period.order' });

export const calendarMonthInput = z.object({ month: yearMonth });
export const calendarOverrideListInput = z.object({ year: z.number().int().min(2000).max(2100).optional() }).default({});
export const calendarOverrideInput = z.object({ date: isoDate, kind: z.enum(CALENDAR_OVERRIDE_KINDS, { error: 'field.required' }), note: optionalText(200) });
export const calendarDateInput = z.object({ date: isoDate });

export const workflowSettingsInput = z.object({ warnDays: z.number({ error: 'field.notNumber' }).int().min(0, { error: 'field.negative' }).max(30, { error: 'field.tooBig' }) });
