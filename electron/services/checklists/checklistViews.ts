import type { Db } from '../../../db/client';
import { attachmentsOfItems, getChecklist, getItem, itemsOfChecklists, listChecklistsOfEnterprise } from '../../../db/repos/checklistsRepo';
import { getLiveEnterprise } from '../../../db/repos/enterprisesRepo';
import { getLiveProject } from '../../../db/repos/projectsRepo';
import type { ChecklistAttachmentRow, ChecklistItemRow, ChecklistRow } from '../../../db/schema';
import { applicationDetail, type ClockSetting } from '../workflows/applicationQueries';
import { isManufacturer } from './applicability';
import { allowedStatuses, isOverdue, missingMaterials } from './itemRules';
import { progressByDomain, progressOf } from './progress';

/** What a list row of an item shows: the item, whether it is overdue as of the day asked, and what may follow. */
export function itemView(item: ChecklistItemRow, asOf: string) {
  return { ...item, overdue: isOverdue(item, asOf), allowedStatuses: allowedStatuses(item.status), missingMaterials: missingMaterials(item.materials) };
}

export type ItemView = ReturnType<typeof itemView>;

/** The linked approval application as the item shows it: number, status and light on today's clock. */
export function linkedApplication(db: Db, setting: ClockSetting, applicationId: string | null) {
  if (!applicationId) return null;
  const detail = applicationDetail(db, setting, applicationId);
  if (!detail) return null;
  return {
    id: detail.id, serial: detail.serial, subject: detail.subject, status: detail.status, light: detail.light,
    templateName: detail.templateName, submittedOn: detail.submittedOn, currentStep: detail.currentStep ? { stepNo: detail.currentStep.stepNo, name: detail.currentStep.name } : null,
  };
}

function attachmentView({ id, name, size, mime, sha256, createdAt, createdBy }: ChecklistAttachmentRow) {
  return { id, name, size, mime, sha256, createdAt, createdBy };
}

function profileView(checklist: ChecklistRow) {
  return { ...checklist.profile, isManufacturer: isManufacturer(checklist.profile.industryCode) };
}

/** One checklist with its items, attachments, linked applications and progress overall and per domain. */
export function checklistDetail(db: Db, setting: ClockSetting, id: string) {
  const checklist = getChecklist(db, id);
  if (!checklist) return undefined;
  const items = itemsOfChecklists(db, [id]);
  const attachments = attachmentsOfItems(db, items.map((i) => i.id));
  return {
    checklist: { ...checklist, profile: profileView(checklist) },
    enterpriseName: getLiveEnterprise(db, checklist.enterpriseId)?.name ?? '',
    projectName: checklist.projectId ? (getLiveProject(db, checklist.projectId)?.name ?? null) : null,
    asOf: setting.asOf,
    progress: progressOf(items),
    progressByDomain: progressByDomain(items),
    items: items.map((item) => ({
      ...itemView(item, setting.asOf),
      attachments: attachments.filter((a) => a.itemId === item.id).map(attachmentView),
      application: linkedApplication(db, setting, item.applicationId),
    })),
  };
}

/** An item's page: the item, its checklist, attachments and the linked application. */
export function itemDetail(db: Db, setting: ClockSetting, id: string) {
  const item = getItem(db, id);
  if (!item) return undefined;
  const checklist = getChecklist(db, item.checklistId)!;
  return {
    ...itemView(item, setting.asOf),
    checklist: { id: checklist.id, title: checklist.title, enterpriseId: checklist.enterpriseId, enterpriseName: getLiveEnterprise(db, checklist.enterpriseId)?.name ?? '', projectId: checklist.projectId },
    attachments: attachmentsOfItems(db, [id]).map(attachmentView),
    application: linkedApplication(db, setting, item.applicationId),
    asOf: setting.asOf,
  };
}

/** Every checklist of an enterprise with its progress and what needs attention: blocked and overdue items. */
export function enterpriseChecklists(db: Db, asOf: string, enterpriseId: string) {
  const lists = listChecklistsOfEnterprise(db, enterpriseId);
  const items = itemsOfChecklists(db, lists.map((c) => c.id));
  return lists.map((checklist) => {
    const own = items.filter((i) => i.checklistId === checklist.id);
    const views = own.map((i) => itemView(i, asOf));
    return {
      ...checklist,
      profile: profileView(checklist),
      progress: progressOf(own),
      progressByDomain: progressByDomain(own),
      blocked: views.filter((i) => i.status === 'blocked'),
      overdue: views.filter((i) => i.overdue),
    };
  });
}
