import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { listAuditFor } from '../../db/repos/auditRepo';
import {
  findLiveEnterpriseByCreditCode,
  findLiveEnterpriseByName,
  getLiveEnterprise,
  insertEnterprise,
  listEnterprises,
  updateEnterprise,
} from '../../db/repos/enterprisesRepo';
import { getLivePark } from '../../db/repos/parksRepo';
import { listProjects } from '../../db/repos/projectsRepo';
import type { EnterpriseRow } from '../../db/schema';
import { fieldError } from '../services/appError';
import { enterpriseInput, enterpriseListInput, enterpriseUpdateInput } from './contract/enterpriseSchemas';
import { idInput } from './contract/parkSchemas';
import { wanToUsd } from './contract/money';
import type { z } from 'zod';
import { mutation, query } from './defineMethod';
import { refuseStaleEdit, requireFound } from './requireFound';

const ENTITY = 'enterprise';
type EnterpriseValues = z.output<typeof enterpriseInput>;

/** Store-side rules: unique credit code, a same-name warning the user may confirm, an existing park. */
function checkAgainstStore(db: Db, values: EnterpriseValues, id?: string): void {
  if (values.creditCode && findLiveEnterpriseByCreditCode(db, values.creditCode, id)) throw fieldError('creditCode', 'enterprise.creditCode.taken');
  if (!values.confirmDuplicateName && findLiveEnterpriseByName(db, values.name, id)) throw fieldError('name', 'enterprise.name.duplicate');
  if (values.parkId && !getLivePark(db, values.parkId)) throw fieldError('parkId', 'enterprise.park.unknown');
}

function toRow({ confirmDuplicateName: _confirmed, registeredCapitalWan, creditCodeOverride, ...values }: EnterpriseValues) {
  return {
    ...values,
    creditCodeOverride: creditCodeOverride === '' ? null : creditCodeOverride,
    registeredCapitalUsd: registeredCapitalWan === null ? null : wanToUsd(registeredCapitalWan),
  };
}

export function viewEnterprise({ deletedAt: _deleted, ...row }: EnterpriseRow) {
  return row;
}

export const enterprisesApi = {
  'enterprises.list': query(enterpriseListInput, ({ store }, input) => {
    const { rows, total } = listEnterprises(store.db, input);
    return { rows: rows.map(({ enterprise, parkName }) => ({ ...viewEnterprise(enterprise), parkName })), total };
  }),

  'enterprises.get': query(idInput, ({ store }, { id }) => {
    const enterprise = requireFound(getLiveEnterprise(store.db, id), ENTITY, id);
    const projects = listProjects(store.db, { enterpriseId: id, limit: 500 }).rows;
    return { enterprise: viewEnterprise(enterprise), projects, history: listAuditFor(store.db, ENTITY, id) };
  }),

  'enterprises.create': mutation(enterpriseInput, (ctx, values) => {
    checkAgainstStore(ctx.store.db, values);
    const id = randomUUID();
    insertEnterprise(ctx.store.db, { id, ...toRow(values), createdAt: ctx.at, updatedAt: ctx.at });
    const created = viewEnterprise(requireFound(getLiveEnterprise(ctx.store.db, id), ENTITY, id));
    ctx.audit({ action: 'create', entity: ENTITY, entityId: id, before: null, after: created });
    return created;
  }),

  'enterprises.update': mutation(enterpriseUpdateInput, (ctx, { id, expectedUpdatedAt, ...values }) => {
    const before = requireFound(getLiveEnterprise(ctx.store.db, id), ENTITY, id);
    refuseStaleEdit(ENTITY, before, expectedUpdatedAt);
    checkAgainstStore(ctx.store.db, values, id);
    updateEnterprise(ctx.store.db, id, { ...toRow(values), updatedAt: ctx.at });
    const after = viewEnterprise(requireFound(getLiveEnterprise(ctx.store.db, id), ENTITY, id));
    ctx.audit({ action: 'update', entity: ENTITY, entityId: id, before: viewEnterprise(before), after });
    return after;
  }),
};
