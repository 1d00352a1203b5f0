import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import type { ItemStatus } from '../../../db/reference/checklists';
import type { ProjectType } from '../../../db/reference/investment';
import { getChecklist, getItem, insertChecklist, insertItems, touchChecklist, updateItem } from '../../../db/repos/checklistsRepo';
import { currentChecklistTemplateOfFamily, getChecklistTemplate } from '../../../db/repos/checklistTemplatesRepo';
import { getLiveEnterprise } from '../../../db/repos/enterprisesRepo';
import { getLiveProject } from '../../../db/repos/projectsRepo';
import type { ChecklistItemRow, ChecklistRow, ChecklistTemplateRow, NewChecklistItemRow, ServiceProfile } from '../../../db/schema';
import { refuse } from '../workflows/refusal';
import type { WorkingCalendar } from '../workflows/workingCalendar';
import { applicableItems } from './applicability';
import { checkStatusChange, dueFrom, tickMaterials } from './itemRules';

/** Who acts, when it is written, today on the desk, and the working-day calendar approvals use. */
export interface ChecklistEnv {
  db: Db;
  at: string;
  actor: string;
  today: string;
  calendar: WorkingCalendar;
}

export interface ChecklistCreateValues {
  enterpriseId: string;
  projectId: string | null;
  templateIds: string[];
  title: string;
  hasForeignStaff: boolean;
  imports: boolean;
  exports: boolean;
  /** Used when the checklist is not for a project; a project's own type wins. */
  projectType: ProjectType | null;
}

/** Current versions only: a checklist is never started on a template someone has since corrected. */
export function currentTemplates(db: Db, ids: readonly string[]): ChecklistTemplateRow[] {
  return [...new Set(ids)].map((id) => {
    const template = getChecklistTemplate(db, id);
    if (!template) throw refuse('templateIds', 'checklist.template.unknown');
    if (template.supersededAt) {
      const latest = currentChecklistTemplateOfFamily(db, template.familyId);
      throw refuse('templateIds', 'checklist.template.superseded', { version: latest?.version ?? template.version });
    }
    return template;
  });
}

/** Makes a checklist from the chosen templates, keeping only the items the enterprise's profile calls for. */
export function createChecklist(env: ChecklistEnv, values: ChecklistCreateValues): ChecklistRow {
  const enterprise = getLiveEnterprise(env.db, values.enterpriseId);
  if (!enterprise) throw refuse('enterpriseId', 'checklist.enterprise.unknown');
  let projectType = values.projectType;
  if (values.projectId) {
    const project = getLiveProject(env.db, values.projectId);
    if (!project) throw refuse('projectId', 'checklist.project.unknown');
    if (project.enterpriseId !== enterprise.id) throw refuse('projectId', 'checklist.project.otherEnterprise');
    projectType = project.type;
  }
  const profile: ServiceProfile = {
    countryCode: enterprise.countryCode, industryCode: enterprise.industryCode, tags: enterprise.tags, projectType,
    hasForeignStaff: values.hasForeignStaff, imports: values.imports, exports: values.exports,
  };
  const templates = currentTemplates(env.db, values.templateIds);
  const chosen = applicableItems(templates, profile);
  if (!chosen.length) throw refuse('templateIds', 'checklist.nothingApplies');

  const id = randomUUID();
  insertChecklist(env.db, {
    id, enterpriseId: enterprise.id, projectId: values.projectId, title: values.title || `${enterprise.name} 服务事项清单`, profile,
    templateIds: templates.map((t) => t.id), createdAt: env.at, createdBy: env.actor, updatedAt: env.at,
  });
  insertItems(env.db, chosen.map(({ template, item }, i): NewChecklistItemRow => ({
    id: randomUUID(), checklistId: id, templateId: template.id, itemKey: item.key, seq: i + 1, domain: template.domain,
    titleZh: item.titleZh, titleEn: item.titleEn, agencyZh: item.agencyZh, agencyEn: item.agencyEn, legalBasis: item.legalBasis,
    policyClauseId: item.policyClauseId, timeLimitDays: item.timeLimitDays, demoLimit: item.demoLimit, required: item.required,
    materials: item.materials.map((m) => ({ ...m, checked: false })), status: 'not_started', createdAt: env.at, updatedAt: env.at,
  })));
  return getChecklist(env.db, id)!;
}

function onDay(env: ChecklistEnv, on: string | undefined, path: string): string {
  const day = on ?? env.today;
  if (day > env.today) throw refuse(path, 'field.futureDate');
  return day;
}

function save(env: ChecklistEnv, item: ChecklistItemRow, patch: Partial<NewChecklistItemRow>): ChecklistItemRow {
  updateItem(env.db, item.id, { ...patch, updatedAt: env.at });
  touchChecklist(env.db, item.checklistId, env.at);
  return getItem(env.db, item.id)!;
}

export interface ItemDetailsValues {
  assignee?: string | undefined;
  /** null clears the date. */
  startOn?: string | null | undefined;
  dueOn?: string | null | undefined;
  notes?: string | undefined;
}

/**
 * Edits who, when and notes. A new start day moves the due day to start + the item's limit in working days unless
 * a due day is given with it; a due day before the start is refused at the due-day field.
 */
export function updateItemDetails(env: ChecklistEnv, item: ChecklistItemRow, values: ItemDetailsValues): ChecklistItemRow {
  const startOn = values.startOn === undefined ? item.startOn : values.startOn;
  let dueOn = values.dueOn === undefined ? item.dueOn : values.dueOn;
  if (values.dueOn === undefined && values.startOn !== undefined && startOn !== item.startOn) dueOn = startOn ? dueFrom(env.calendar, startOn, item.timeLimitDays) : null;
  if (startOn && dueOn && dueOn < startOn) throw refuse('dueOn', 'checklist.due.beforeStart', { start: startOn });
  return save(env, item, {
    startOn, dueOn, ...(values.assignee !== undefined ? { assignee: values.assignee } : {}), ...(values.notes !== undefined ? { notes: values.notes } : {}),
  });
}

/**
 * Moves an item to another status. Starting work (办理中) on an undated item dates it today (or `on`) and sets its due
 * day from the limit; 已完成 records the day; leaving 已完成 clears it.
 */
export function setItemStatus(env: ChecklistEnv, item: ChecklistItemRow, values: { status: ItemStatus; reason: string; on?: string | undefined }): ChecklistItemRow {
  checkStatusChange(item, values.status, values.reason);
  const on = onDay(env, values.on, 'on');
  const patch: Partial<NewChecklistItemRow> = {
    status: values.status,
    statusReason: values.status === 'blocked' || values.status === 'not_applicable' ? values.reason.trim() : '',
    doneOn: values.status === 'done' ? on : null,
  };
  if (values.status === 'in_progress' && !item.startOn) {
    patch.startOn = on;
    if (!item.dueOn) patch.dueOn = dueFrom(env.calendar, on, item.timeLimitDays);
  }
  return save(env, item, patch);
}

/** Ticks exactly the named materials. Unticking a required one of a done item is refused: reopen it first. */
export function setItemMaterials(env: ChecklistEnv, item: ChecklistItemRow, checked: readonly string[]): ChecklistItemRow {
  const materials = tickMaterials(item.materials, checked);
  if (item.status === 'done' && materials.some((m) => m.required && !m.checked)) throw refuse('checked', 'checklist.item.doneNeedsMaterials');
  return save(env, item, { materials });
}

export function linkApplication(env: ChecklistEnv, item: ChecklistItemRow, applicationId: string, submittedOn: string): ChecklistItemRow {
  const patch: Partial<NewChecklistItemRow> = { applicationId };
  // Filing the application is the start of the procedure for an item nobody had started yet.
  if (item.status === 'not_started') {
    patch.status = 'in_progress';
    if (!item.startOn) patch.startOn = submittedOn;
    if (!item.dueOn) patch.dueOn = dueFrom(env.calendar, item.startOn ?? submittedOn, item.timeLimitDays);
  }
  return save(env, item, patch);
}
