import {
  applicationAcceptInput,
  applicationAcceptWithMissingInput,
  applicationCreateInput,
} from '../../../../../electron/api/contract/workflowSchemas';
import type { z } from 'zod';
import { call } from '../../../api/client';
import { checkWith, type Check } from '../../investment/schemaCheck';

export type IntakeMode = 'submit' | 'accept' | 'acceptWithMissing';

export interface IntakeValues {
  templateId?: string;
  enterpriseId?: string;
  projectId?: string | null;
  subject?: string;
  contactName?: string;
  contactPhone?: string;
  submittedOn?: string | null;
  materialsReceived?: string[];
  mode: IntakeMode;
  supplyBy?: string | null;
  note?: string;
}

export interface IntakeRequest {
  create: z.output<typeof applicationCreateInput>;
  mode: IntakeMode;
  materialsReceived: string[];
  supplyBy: string | undefined;
}

/** Stands in for the id the server has not given yet, so the acceptance part is checked before anything is sent. */
const NOT_YET_CREATED = '00000000-0000-4000-8000-000000000000';

/**
 * 一窗一表 in one submit: the intake (create) and, unless the clerk only receives, the acceptance with the ticked
 * materials. Both parts are checked with the API's schemas first; the acceptance date is the intake date.
 */
export function checkIntake(values: IntakeValues): Check<IntakeRequest> {
  const on = values.submittedOn ?? undefined;
  const create = checkWith(applicationCreateInput, {
    templateId: values.templateId,
    enterpriseId: values.enterpriseId,
    projectId: values.projectId ?? null,
    subject: values.subject,
    contactName: values.contactName,
    contactPhone: values.contactPhone,
    note: values.note,
    submittedOn: on,
  });
  const materialsReceived = values.materialsReceived ?? [];
  const supplyBy = values.supplyBy ?? undefined;
  const accept =
    values.mode === 'acceptWithMissing'
      ? checkWith(applicationAcceptWithMissingInput, { id: NOT_YET_CREATED, materialsReceived, supplyBy, on })
      : checkWith(applicationAcceptInput, { id: NOT_YET_CREATED, materialsReceived, on });
  const issues = [...(create.ok ? [] : create.issues), ...(values.mode === 'submit' || accept.ok ? [] : accept.issues)];
  if (!create.ok || issues.length) return { ok: false, issues };
  return { ok: true, input: { create: create.input, mode: values.mode, materialsReceived, supplyBy } };
}

/** Runs the acceptance on a filed application; the server checks the materials against its template. */
export function acceptAtIntake(id: string, request: IntakeRequest) {
  const on = request.create.submittedOn;
  if (request.mode === 'acceptWithMissing') {
    return call('applications.acceptWithMissing', { id, materialsReceived: request.materialsReceived, supplyBy: request.supplyBy ?? '', on, comment: '' });
  }
  return call('applications.accept', { id, materialsReceived: request.materialsReceived, on, comment: '' });
}
