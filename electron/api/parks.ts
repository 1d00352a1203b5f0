import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import {
  countHostedParks,
  countRecordsInPark,
  findLiveParkByName,
  getDeletedPark,
  getLivePark,
  insertPark,
  listParks,
  softDeletePark,
  undeletePark,
  updatePark,
} from '../../db/repos/parksRepo';
import { listAuditFor } from '../../db/repos/auditRepo';
import type { ParkRow } from '../../db/schema';
import { AppError, fieldError } from '../services/appError';
import { formatMessage } from './contract/messages';
import { idInput, parkInput, parkListInput, parkUpdateInput, type ParkValues } from './contract/parkSchemas';
import { mutation, query } from './defineMethod';
import { refuseStaleEdit, requireFound } from './requireFound';

export type ParkView = Omit<ParkRow, 'deletedAt'>;

const ENTITY = 'park';

function toView({ deletedAt: _deleted, ...park }: ParkRow): ParkView {
  return park;
}

function requirePark(db: Db, id: string): ParkRow {
  return requireFound(getLivePark(db, id), ENTITY, id);
}

/** Rules the schema cannot see because they need the store: unique name, an existing host zone. */
function checkAgainstStore(db: Db, values: ParkValues, id?: string): void {
  if (findLiveParkByName(db, values.name, id)) throw fieldError('name', 'park.name.taken');
  if (values.hostParkId) {
    if (values.hostParkId === id) throw fieldError('hostParkId', 'park.host.self');
    if (!getLivePark(db, values.hostParkId)) throw fieldError('hostParkId', 'park.host.unknown');
  }
}

export const parksApi = {
  'parks.list': query(parkListInput, ({ store }, input) => {
    const { rows, total } = listParks(store.db, input);
    return { rows: rows.map(toView), total };
  }),

  'parks.get': query(idInput, ({ store }, { id }) => toView(requirePark(store.db, id))),

  'parks.history': query(idInput, ({ store }, { id }) => listAuditFor(store.db, ENTITY, id)),

  'parks.create': mutation(parkInput, (ctx, values) => {
    const db = ctx.store.db;
    checkAgainstStore(db, values);
    const id = randomUUID();
    insertPark(db, { id, ...values, createdAt: ctx.at, updatedAt: ctx.at });
    const created = toView(requirePark(db, id));
    ctx.audit({ action: 'create', entity: ENTITY, entityId: id, before: null, after: created });
    return created;
  }),

  'parks.update': mutation(parkUpdateInput, (ctx, { id, expectedUpdatedAt, ...values }) => {
    const db = ctx.store.db;
    const before = requirePark(db, id);
    refuseStaleEdit(ENTITY, before, expectedUpdatedAt);
    checkAgainstStore(db, values, id);
    updatePark(db, id, { ...values, updatedAt: ctx.at });
    const after = toView(requirePark(db, id));
    ctx.audit({ action: 'update', entity: ENTITY, entityId: id, before: toView(before), after });
    return after;
  }),

  'parks.delete': mutation(idInput, (ctx, { id }) => {
    const db = ctx.store.db;
    const before = requirePark(db, id);
    if (countHostedParks(db, id) > 0) throw new AppError('PARK_HAS_HOSTED', undefined, { id });
    // A deleted park's enterprises and projects would drop out of the dashboard's counts but stay in the lists.
    const records = countRecordsInPark(db, id);
    if (records.enterprises + records.projects > 0) {
      throw new AppError('PARK_HAS_RECORDS', formatMessage('code.PARK_HAS_RECORDS', records), { id, params: records });
    }
    softDeletePark(db, id, ctx.at);
    ctx.audit({ action: 'delete', entity: ENTITY, entityId: id, before: toView(before), after: null });
    return { id };
  }),

  /** Undoes a delete (offered from the audit trail): the same checks as saving it again. */
  'parks.restore': mutation(idInput, (ctx, { id }) => {
    const db = ctx.store.db;
    const deleted = requireFound(getDeletedPark(db, id), ENTITY, id);
    checkAgainstStore(db, toView(deleted) as ParkValues, id);
    undeletePark(db, id, ctx.at);
    const after = toView(requirePark(db, id));
    ctx.audit({ action: 'restore', entity: ENTITY, entityId: id, before: null, after });
    return after;
  }),
};
