import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { deleteAttachment, getAttachment, getChecklist, getItem, insertAttachment, listOpenItems, touchChecklist } from '../../db/repos/checklistsRepo';
import { getApplication } from '../../db/repos/workflowsApplicationsRepo';
import type { ChecklistItemRow } from '../../db/schema';
import { decodeAttachment, readAttachmentFile, storeAttachmentFile } from '../services/checklists/attachmentFiles';
import { linkApplication, setItemMaterials, setItemStatus, updateItemDetails, type ChecklistEnv } from '../services/checklists/checklistActions';
import { readAttachmentMaxBytes } from '../services/checklists/checklistSettings';
import { itemDetail, itemView } from '../services/checklists/checklistViews';
import { maskFields } from '../services/demo/maskName';
import { submitApplication } from '../services/workflows/applicationActions';
import { refuse } from '../services/workflows/refusal';
import { checklistEnv } from './checklists';
import type { ApiContext, MutationContext } from './context';
import {
  attachmentAddInput,
  attachmentIdInput,
  checklistGetInput,
  itemMaterialsInput,
  itemStatusInput,
  itemUpdateInput,
  openItemsInput,
  startApplicationInput,
} from './contract/checklistSchemas';
import { localToday } from './contract/fields';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';
import { clockSetting } from './workflowApplications';

/** Audited as `<checklistId>/<itemId>` (attachments as `<itemId>/<attachmentId>`) so a page finds its history by prefix. */
const ENTITY = 'checklist_item';
const ATTACHMENT_ENTITY = 'checklist_attachment';

function mustGet(db: Db, id: string): ChecklistItemRow {
  return requireFound(getItem(db, id), ENTITY, id);
}

function detail(ctx: ApiContext, id: string, asOf?: string) {
  return requireFound(itemDetail(ctx.store.db, clockSetting(ctx, asOf), id), ENTITY, id);
}

/** One change to one item: the service checks and writes; the audit row keeps the item before and after. */
function change<S extends z.ZodType<{ id: string }>>(input: S, run: (env: ChecklistEnv, item: ChecklistItemRow, values: z.output<S>) => ChecklistItemRow) {
  return mutation(input, (ctx, values) => {
    const before = mustGet(ctx.store.db, values.id);
    const after = run(checklistEnv(ctx), before, values);
    ctx.audit({ action: 'update', entity: ENTITY, entityId: `${before.checklistId}/${before.id}`, before, after });
    return detail(ctx, before.id);
  });
}

export const checklistItemsApi = {
  'checklistItems.get': query(checklistGetInput, (ctx, { id, asOf }) => detail(ctx, id, asOf)),

  'checklistItems.update': change(itemUpdateInput, (env, item, { id: _id, ...values }) => updateItemDetails(env, item, values)),

  'checklistItems.setStatus': change(itemStatusInput, (env, item, values) => setItemStatus(env, item, values)),

  'checklistItems.setMaterials': change(itemMaterialsInput, (env, item, { checked }) => setItemMaterials(env, item, checked)),

  /** Stores the file once per content under the data folder; the row keeps name, size, type and checksum. */
  'checklistItems.addAttachment': mutation(attachmentAddInput, (ctx, { itemId, name, mime, base64 }) => {
    const item = mustGet(ctx.store.db, itemId);
    const bytes = decodeAttachment(base64, readAttachmentMaxBytes(ctx.store.db));
    const { sha256 } = storeAttachmentFile(ctx.dataDir, bytes);
    const id = randomUUID();
    insertAttachment(ctx.store.db, { id, itemId, name, size: bytes.length, mime, sha256, createdAt: ctx.at, createdBy: ctx.actor });
    touchChecklist(ctx.store.db, item.checklistId, ctx.at);
    ctx.audit({ action: 'create', entity: ATTACHMENT_ENTITY, entityId: `${itemId}/${id}`, before: null, after: getAttachment(ctx.store.db, id) });
    return { attachmentId: id, item: detail(ctx, itemId) };
  }),

  /**
   * Removes the row only: the file may be shared by another row with the same content, and deleting inside a
   * transaction that could still roll back would lose it. Unreferenced files are left for a later clean-up.
   */
  'checklistItems.removeAttachment': mutation(attachmentIdInput, (ctx, { id }) => {
    const attachment = requireFound(getAttachment(ctx.store.db, id), ATTACHMENT_ENTITY, id);
    deleteAttachment(ctx.store.db, id);
    ctx.audit({ action: 'delete', entity: ATTACHMENT_ENTITY, entityId: `${attachment.itemId}/${id}`, before: attachment, after: null });
    return detail(ctx, attachment.itemId);
  }),

  'checklistItems.readAttachment': query(attachmentIdInput, ({ store, dataDir }, { id }) => {
    const attachment = requireFound(getAttachment(store.db, id), ATTACHMENT_ENTITY, id);
    const bytes = readAttachmentFile(dataDir, attachment);
    return { id, name: attachment.name, mime: attachment.mime, size: attachment.size, base64: bytes.toString('base64') };
  }),

  /** The per-domain view: open items across the parks, filterable; overdue as of `asOf` (today). */
  'checklistItems.open': query(openItemsInput, ({ store, now }, { overdueOnly, asOf, masked, ...filter }) => {
    const day = asOf ?? localToday(now());
    const { rows, total } = listOpenItems(store.db, { ...filter, ...(overdueOnly ? { dueBefore: day } : {}) });
    const shown = rows.map(({ item, ...where }) => ({ ...itemView(item, day), ...where }));
    return { asOf: day, total, rows: masked ? shown.map((row) => maskFields(row, ['enterpriseName', 'checklistTitle', 'assignee', 'statusReason', 'notes'])) : shown };
  }),

  /**
   * Files an approval application for the item's enterprise (and project) through the workflow engine, in the same
   * transaction, and links it to the item; a not-started item becomes 办理中 from the filing day.
   */
  'checklistItems.startApplication': mutation(startApplicationInput, (ctx: MutationContext, { itemId, ...values }) => {
    const item = mustGet(ctx.store.db, itemId);
    if (item.applicationId) {
      const linked = getApplication(ctx.store.db, item.applicationId);
      if (linked && !['rejected', 'withdrawn'].includes(linked.status)) throw refuse('itemId', 'checklist.item.hasApplication', { serial: linked.serial });
    }
    const checklist = getChecklist(ctx.store.db, item.checklistId)!;
    const env = checklistEnv(ctx);
    const application = submitApplication(env, { ...values, enterpriseId: checklist.enterpriseId, projectId: checklist.projectId });
    ctx.audit({ action: 'create', entity: 'workflow_application', entityId: application.id, before: null, after: application });
    const after = linkApplication(env, item, application.id, application.submittedOn);
    ctx.audit({ action: 'update', entity: ENTITY, entityId: `${item.checklistId}/${item.id}`, before: item, after });
    return detail(ctx, item.id);
  }),
};
