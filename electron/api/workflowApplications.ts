import type { z } from 'zod';
import { getApplication } from '../../db/repos/workflowsApplicationsRepo';
import { getTemplate } from '../../db/repos/workflowsTemplatesRepo';
import type { WorkflowApplicationRow } from '../../db/schema';
import * as actions from '../services/workflows/applicationActions';
import { daysOf } from '../services/dashboard/dashboardScope';
import { maskFields } from '../services/demo/maskName';
import { applicationDetail, departmentQueue, listApplications, type ClockSetting } from '../services/workflows/applicationQueries';
import { loadWorkingCalendar, readWarnDays } from '../services/workflows/deskCalendar';
import type { ApiContext, MutationContext } from './context';
import { localToday } from './contract/fields';
import {
  applicationAcceptInput,
  applicationAcceptWithMissingInput,
  applicationApproveStepInput,
  applicationCreateInput,
  applicationGetInput,
  applicationListInput,
  applicationNoteInput,
  applicationQueueInput,
  applicationReasonInput,
  applicationSupplyInput,
} from './contract/workflowSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

const ENTITY = 'workflow_application';

export function clockSetting({ store, now }: ApiContext, asOf?: string): ClockSetting {
  return { calendar: loadWorkingCalendar(store.db), asOf: asOf ?? localToday(now()), warnDays: readWarnDays(store.db) };
}

function detail(ctx: ApiContext, id: string, asOf?: string) {
  return requireFound(applicationDetail(ctx.store.db, clockSetting(ctx, asOf), id), ENTITY, id);
}

function envOf(ctx: MutationContext): actions.ActionEnv {
  return { db: ctx.store.db, at: ctx.at, actor: ctx.actor, today: localToday(ctx.now()) };
}

/**
 * One action on one application: the service checks the state and writes the timeline row; the audit row keeps
 * the application before and after. Returns the page as it now reads.
 */
function act<S extends z.ZodType<{ id: string }>>(input: S, run: (env: actions.ActionEnv, application: WorkflowApplicationRow, values: z.output<S>) => void) {
  return mutation(input, (ctx, values) => {
    const before = requireFound(getApplication(ctx.store.db, values.id), ENTITY, values.id);
    run(envOf(ctx), before, values);
    ctx.audit({ action: 'update', entity: ENTITY, entityId: before.id, before, after: getApplication(ctx.store.db, before.id) });
    return detail(ctx, before.id);
  });
}

export const workflowApplicationsApi = {
  'applications.list': query(applicationListInput, (ctx, { templateId, asOf, status, period, masked, ...filters }) => {
    const familyId = templateId ? getTemplate(ctx.store.db, templateId)?.familyId ?? templateId : undefined;
    const days = period ? daysOf(period) : undefined;
    const submitted = days ? { submittedFrom: days.firstDay, submittedTo: days.lastDay } : {};
    const list = listApplications(ctx.store.db, clockSetting(ctx, asOf), { ...filters, ...submitted, ...(familyId ? { templateFamilyId: familyId } : {}), ...(status ? { statuses: [status] } : {}) });
    return masked ? { ...list, rows: list.rows.map((row) => maskFields(row, ['subject', 'enterpriseName', 'projectName'])) } : list;
  }),

  /** 我的待办: what waits for one department's approval, most urgent first. */
  'applications.queue': query(applicationQueueInput, (ctx, { department, asOf }) => departmentQueue(ctx.store.db, clockSetting(ctx, asOf), department)),

  'applications.get': query(applicationGetInput, (ctx, { id, asOf }) => detail(ctx, id, asOf)),

  /** 一窗一表 intake. */
  'applications.create': mutation(applicationCreateInput, (ctx, values) => {
    const created = actions.submitApplication(envOf(ctx), values);
    ctx.audit({ action: 'create', entity: ENTITY, entityId: created.id, before: null, after: created });
    return detail(ctx, created.id);
  }),

  'applications.accept': act(applicationAcceptInput, actions.acceptApplication),
  'applications.acceptWithMissing': act(applicationAcceptWithMissingInput, actions.acceptWithMissing),
  'applications.supplyMissing': act(applicationSupplyInput, actions.supplyMissing),
  'applications.approveStep': act(applicationApproveStepInput, actions.approveStep),
  'applications.returnForCorrection': act(applicationReasonInput, actions.returnForCorrection),
  'applications.resubmit': act(applicationNoteInput, actions.resubmit),
  'applications.reject': act(applicationReasonInput, actions.reject),
  'applications.suspend': act(applicationReasonInput, actions.suspend),
  'applications.resume': act(applicationNoteInput, actions.resume),
  'applications.withdraw': act(applicationNoteInput, actions.withdraw),
  'applications.complete': act(applicationNoteInput, actions.complete),
};
