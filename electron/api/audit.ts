import { z } from 'zod';
import { auditFacets, iterateAudit, pageAudit } from '../../db/repos/auditRepo';
import type { AuditRow } from '../../db/schema';
import { buildAuditWorkbook } from '../services/audit/auditWorkbook';
import { fieldChanges, recordName } from '../services/audit/fieldChanges';
import { OPERATOR_SETTING, savedOperatorName, saveOperatorName } from '../services/audit/operatorSetting';
import { auditExportInput, auditListInput, operatorNameInput } from './contract/auditSchemas';
import { mutation, query } from './defineMethod';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function toView(row: AuditRow) {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    source: row.source,
    entity: row.entity,
    entityId: row.entityId,
    recordName: recordName(row.before, row.after),
    changes: fieldChanges(row.before, row.after),
  };
}

export type AuditView = ReturnType<typeof toView>;

export const auditApi = {
  /** A page of the trail, newest first, with field-level changes derived from the stored before/after. */
  'audit.list': query(auditListInput, ({ store }, { page, pageSize, ...filter }) => {
    const { rows, total } = pageAudit(store.db, filter, (page - 1) * pageSize, pageSize);
    return { rows: rows.map(toView), total, page, pageSize };
  }),

  'audit.facets': query(z.object({}).default({}), ({ store }) => auditFacets(store.db)),

  'audit.export': query(auditExportInput, async ({ store, now }, { language, ...filter }) => {
    const buffer = await buildAuditWorkbook(iterateAudit(store.db, filter), language);
    const day = now().toISOString().slice(0, 10);
    const fileName = language === 'zh' ? `操作记录-${day}.xlsx` : `audit-trail-${day}.xlsx`;
    return { fileName, mime: XLSX_MIME, size: buffer.length, base64: buffer.toString('base64') };
  }),

  /** The operator recorded in the trail: the saved name, or a suggestion (the OS account) while none is saved. */
  'operator.get': query(z.object({}).default({}), (ctx) => {
    const saved = savedOperatorName(ctx.store.db);
    return { name: saved ?? ctx.actor, chosen: saved !== null };
  }),

  'operator.set': mutation(operatorNameInput, (ctx, { name }) => {
    const before = savedOperatorName(ctx.store.db);
    saveOperatorName(ctx.store.db, name, ctx.at);
    ctx.audit({ action: before === null ? 'create' : 'update', entity: 'settings', entityId: OPERATOR_SETTING, before, after: name.trim() });
    return { name: name.trim(), chosen: true };
  }),
};
