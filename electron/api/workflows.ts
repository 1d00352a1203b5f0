import { z } from 'zod';
import type { Db } from '../../db/client';
import { WARN_DAYS_SETTING } from '../../db/reference/workflows';
import { writeSetting } from '../../db/repos/settingsRepo';
import { currentTemplateOfFamily, getTemplate, listTemplates, listVersions } from '../../db/repos/workflowsTemplatesRepo';
import type { WorkflowTemplateRow } from '../../db/schema';
import { readWarnDays } from '../services/workflows/deskCalendar';
import { refuse } from '../services/workflows/refusal';
import { departmentsOf, intakeMaterials, totalLimits } from '../services/workflows/templateRules';
import { createTemplate, installReferenceTemplates, reviseTemplate } from '../services/workflows/templateVersions';
import { idInput } from './contract/parkSchemas';
import { templateCreateInput, templateListInput, templateUpdateInput, workflowSettingsInput } from './contract/workflowSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

const ENTITY = 'workflow_template';

/** A template version with what its list row and form need: totals, departments, the 一窗一表 materials list. */
function viewTemplate(template: WorkflowTemplateRow) {
  return {
    ...template,
    isCurrent: template.supersededAt === null,
    limits: totalLimits(template.steps),
    departments: departmentsOf(template.steps),
    materials: intakeMaterials(template.steps),
  };
}

function mustGet(db: Db, id: string): WorkflowTemplateRow {
  return requireFound(getTemplate(db, id), ENTITY, id);
}

export const workflowsApi = {
  'workflowTemplates.list': query(templateListInput, ({ store }, input) =>
    listTemplates(store.db, input).map(({ template, openApplications }) => ({ ...viewTemplate(template), openApplications })),
  ),

  /** A version with its family's versions, so the page can show "v3 (current)" and open older ones read-only. */
  'workflowTemplates.get': query(idInput, ({ store }, { id }) => {
    const template = mustGet(store.db, id);
    const current = currentTemplateOfFamily(store.db, template.familyId);
    return { template: viewTemplate(template), currentId: current?.id ?? null, versions: listVersions(store.db, template.familyId) };
  }),

  /** Departments named in current templates, for the queue picker and the list filter. */
  'workflowTemplates.departments': query(z.object({}).default({}), ({ store }) =>
    [...new Set(listTemplates(store.db).flatMap(({ template }) => departmentsOf(template.steps)))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  ),

  'workflowTemplates.create': mutation(templateCreateInput, (ctx, values) => {
    const created = createTemplate({ db: ctx.store.db, at: ctx.at, actor: ctx.actor }, values);
    ctx.audit({ action: 'create', entity: ENTITY, entityId: created.id, before: null, after: created });
    return viewTemplate(created);
  }),

  /** Saving an edit creates the next version; applications already filed keep running on theirs. */
  'workflowTemplates.update': mutation(templateUpdateInput, (ctx, { id, ...values }) => {
    const edited = mustGet(ctx.store.db, id);
    if (edited.supersededAt) {
      const latest = currentTemplateOfFamily(ctx.store.db, edited.familyId);
      throw refuse('id', 'workflow.template.superseded', { version: latest?.version ?? edited.version });
    }
    const next = reviseTemplate({ db: ctx.store.db, at: ctx.at, actor: ctx.actor }, edited, values);
    ctx.audit({ action: 'update', entity: ENTITY, entityId: next.familyId, before: edited, after: next });
    return viewTemplate(next);
  }),

  /** Adds the five reference procedures (demo limits) that are not there yet. */
  'workflowTemplates.installReference': mutation(z.object({}).default({}), (ctx) => {
    const added = installReferenceTemplates({ db: ctx.store.db, at: ctx.at, actor: ctx.actor });
    for (const template of added) ctx.audit({ action: 'create', entity: ENTITY, entityId: template.id, before: null, after: template });
    return { added: added.length };
  }),

  'workflowSettings.get': query(z.object({}).default({}), ({ store }) => ({ warnDays: readWarnDays(store.db) })),

  'workflowSettings.update': mutation(workflowSettingsInput, (ctx, { warnDays }) => {
    const before = readWarnDays(ctx.store.db);
    writeSetting(ctx.store.db, WARN_DAYS_SETTING, warnDays, ctx.at);
    ctx.audit({ action: 'update', entity: 'settings', entityId: WARN_DAYS_SETTING, before, after: warnDays });
    return { warnDays };
  }),
};
