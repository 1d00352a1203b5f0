import { z } from 'zod';
import type { Db } from '../../db/client';
import { ATTACHMENT_MAX_BYTES_SETTING } from '../../db/reference/checklists';
import { getChecklist, itemsOfChecklists } from '../../db/repos/checklistsRepo';
import {
  currentChecklistTemplateOfFamily,
  getChecklistTemplate,
  listChecklistTemplates,
  listChecklistTemplateVersions,
} from '../../db/repos/checklistTemplatesRepo';
import { getLiveEnterprise } from '../../db/repos/enterprisesRepo';
import { writeSetting } from '../../db/repos/settingsRepo';
import type { ChecklistTemplateRow, ServiceProfile } from '../../db/schema';
import { applicableItems, byDomain, isManufacturer } from '../services/checklists/applicability';
import { createChecklist, currentTemplates, type ChecklistEnv } from '../services/checklists/checklistActions';
import { readAttachmentMaxBytes } from '../services/checklists/checklistSettings';
import { checklistDetail, enterpriseChecklists } from '../services/checklists/checklistViews';
import { buildChecklistWorkbook, exportFileName } from '../services/checklists/checklistWorkbook';
import { createChecklistTemplate, installReferenceChecklistTemplates, reviseChecklistTemplate } from '../services/checklists/templateVersions';
import { loadWorkingCalendar } from '../services/workflows/deskCalendar';
import { refuse } from '../services/workflows/refusal';
import type { ApiContext, MutationContext } from './context';
import {
  checklistCreateInput,
  checklistExportInput,
  checklistGetInput,
  checklistSettingsInput,
  checklistTemplateCreateInput,
  checklistTemplateListInput,
  checklistTemplateUpdateInput,
  enterpriseChecklistsInput,
  hypotheticalProfileInput,
} from './contract/checklistSchemas';
import { localToday } from './contract/fields';
import { idInput } from './contract/parkSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';
import { clockSetting } from './workflowApplications';

const TEMPLATE_ENTITY = 'checklist_template';
const ENTITY = 'checklist';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function checklistEnv(ctx: MutationContext): ChecklistEnv {
  return { db: ctx.store.db, at: ctx.at, actor: ctx.actor, today: localToday(ctx.now()), calendar: loadWorkingCalendar(ctx.store.db) };
}

function viewTemplate(template: ChecklistTemplateRow) {
  return { ...template, isCurrent: template.supersededAt === null };
}

function mustGetTemplate(db: Db, id: string): ChecklistTemplateRow {
  return requireFound(getChecklistTemplate(db, id), TEMPLATE_ENTITY, id);
}

function detail(ctx: ApiContext, id: string, asOf?: string) {
  return requireFound(checklistDetail(ctx.store.db, clockSetting(ctx, asOf), id), ENTITY, id);
}

export const checklistsApi = {
  'checklistTemplates.list': query(checklistTemplateListInput, ({ store }, input) => listChecklistTemplates(store.db, input).map(viewTemplate)),

  /** A version with its family's versions, so the page can show "v2 (current)" and open older ones read-only. */
  'checklistTemplates.get': query(idInput, ({ store }, { id }) => {
    const template = mustGetTemplate(store.db, id);
    return {
      template: viewTemplate(template),
      currentId: currentChecklistTemplateOfFamily(store.db, template.familyId)?.id ?? null,
      versions: listChecklistTemplateVersions(store.db, template.familyId),
    };
  }),

  'checklistTemplates.create': mutation(checklistTemplateCreateInput, (ctx, values) => {
    const created = createChecklistTemplate({ db: ctx.store.db, at: ctx.at, actor: ctx.actor }, values);
    ctx.audit({ action: 'create', entity: TEMPLATE_ENTITY, entityId: created.id, before: null, after: created });
    return viewTemplate(created);
  }),

  /** Saving an edit creates the next version; checklists made earlier keep the items they were made with. */
  'checklistTemplates.update': mutation(checklistTemplateUpdateInput, (ctx, { id, ...values }) => {
    const edited = mustGetTemplate(ctx.store.db, id);
    if (edited.supersededAt) {
      const latest = currentChecklistTemplateOfFamily(ctx.store.db, edited.familyId);
      throw refuse('id', 'checklist.template.superseded', { version: latest?.version ?? edited.version });
    }
    const next = reviseChecklistTemplate({ db: ctx.store.db, at: ctx.at, actor: ctx.actor }, edited, values);
    ctx.audit({ action: 'update', entity: TEMPLATE_ENTITY, entityId: next.familyId, before: edited, after: next });
    return viewTemplate(next);
  }),

  /** Adds the six reference templates (demo limits) that are not there yet. */
  'checklistTemplates.installReference': mutation(z.object({}).default({}), (ctx) => {
    const added = installReferenceChecklistTemplates({ db: ctx.store.db, at: ctx.at, actor: ctx.actor });
    for (const template of added) ctx.audit({ action: 'create', entity: TEMPLATE_ENTITY, entityId: template.id, before: null, after: template });
    return { added: added.length };
  }),

  /** For meetings: the items a hypothetical investor would need, by domain. Nothing is saved. */
  'checklistTemplates.applicable': query(hypotheticalProfileInput, ({ store }, { templateIds, ...profile }) => {
    const templates = templateIds ? currentTemplates(store.db, templateIds) : listChecklistTemplates(store.db);
    const items = applicableItems(templates, profile satisfies ServiceProfile).map(({ template, item }) => ({
      ...item, domain: template.domain, templateId: template.id, templateName: template.nameZh, templateVersion: template.version,
    }));
    return {
      profile: { ...profile, isManufacturer: isManufacturer(profile.industryCode) },
      total: items.length,
      requiredCount: items.filter((i) => i.required).length,
      domains: byDomain(items),
    };
  }),

  'checklists.create': mutation(checklistCreateInput, (ctx, values) => {
    const created = createChecklist(checklistEnv(ctx), values);
    ctx.audit({ action: 'create', entity: ENTITY, entityId: created.id, before: null, after: { ...created, items: itemsOfChecklists(ctx.store.db, [created.id]) } });
    return detail(ctx, created.id);
  }),

  'checklists.get': query(checklistGetInput, (ctx, { id, asOf }) => detail(ctx, id, asOf)),

  /** An enterprise's page: all its checklists with progress, blocked and overdue items. */
  'checklists.ofEnterprise': query(enterpriseChecklistsInput, ({ store, now }, { enterpriseId, asOf }) => {
    const enterprise = requireFound(getLiveEnterprise(store.db, enterpriseId), 'enterprise', enterpriseId);
    const day = asOf ?? localToday(now());
    return { enterpriseId, enterpriseName: enterprise.name, asOf: day, checklists: enterpriseChecklists(store.db, day, enterpriseId) };
  }),

  /** The investor's copy as .xlsx (Chinese, English or both side by side), base64 with a file name. */
  'checklists.export': query(checklistExportInput, async ({ store, now }, { id, language, date }) => {
    const checklist = requireFound(getChecklist(store.db, id), ENTITY, id);
    const enterprise = getLiveEnterprise(store.db, checklist.enterpriseId);
    const day = date ?? localToday(now());
    const name = enterprise?.name ?? '';
    const buffer = await buildChecklistWorkbook(
      { enterpriseName: name, enterpriseNameOriginal: enterprise?.nameOriginal ?? '', checklistTitle: checklist.title, date: day, items: itemsOfChecklists(store.db, [id]) },
      language,
    );
    return { fileName: exportFileName(language === 'en' && enterprise?.nameOriginal ? enterprise.nameOriginal : name, language, day), mime: XLSX_MIME, size: buffer.length, base64: buffer.toString('base64') };
  }),

  'checklistSettings.get': query(z.object({}).default({}), ({ store }) => {
    const bytes = readAttachmentMaxBytes(store.db);
    return { attachmentMaxBytes: bytes, attachmentMaxMb: Math.round(bytes / (1024 * 1024)) };
  }),

  'checklistSettings.update': mutation(checklistSettingsInput, (ctx, { attachmentMaxMb }) => {
    const before = readAttachmentMaxBytes(ctx.store.db);
    const bytes = attachmentMaxMb * 1024 * 1024;
    writeSetting(ctx.store.db, ATTACHMENT_MAX_BYTES_SETTING, bytes, ctx.at);
    ctx.audit({ action: 'update', entity: 'settings', entityId: ATTACHMENT_MAX_BYTES_SETTING, before, after: bytes });
    return { attachmentMaxBytes: bytes, attachmentMaxMb };
  }),
};
