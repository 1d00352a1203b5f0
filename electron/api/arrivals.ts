import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { deleteArrival, getArrival, insertArrival, isMonthLocked, listLocks, lockMonth, sumArrivalsByMonth, unlockMonth } from '../../db/repos/arrivalsRepo';
import { getLivePark } from '../../db/repos/parksRepo';
import { getLiveProject } from '../../db/repos/projectsRepo';
import { fieldError } from '../services/appError';
import { checkArrivalAllowed } from '../services/projectPipeline';
import { convertToUsd, wanToUsd } from './contract/money';
import { idInput } from './contract/parkSchemas';
import { arrivalAddInput, arrivalsByMonthInput, monthLockInput, monthUnlockInput } from './contract/projectSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

/** Audited as `<projectId>/<arrivalId>` so a project's page finds its arrivals' history by range. */
export const ARRIVAL_ENTITY = 'fdi_arrival';
const LOCK_ENTITY = 'fdi_month_lock';

function refuseLocked(db: Db, parkId: string, period: string, path: string): void {
  if (isMonthLocked(db, parkId, period)) throw fieldError(path, 'arrival.monthLocked', { period });
}

/** 万美元 when the currency is USD; otherwise that currency's units at the month's rate. */
function amountInUsd(currency: string, amount: string, rateToUsd: string): { amountUsd: number; originalAmount: string; rateToUsd: string } {
  if (currency === 'USD') {
    const usd = wanToUsd(amount);
    if (usd === null) throw fieldError('amount', 'field.amount');
    return { amountUsd: usd, originalAmount: String(usd), rateToUsd: '1' };
  }
  if (!/^\d+(\.\d{1,6})?$/.test(rateToUsd) || Number(rateToUsd) <= 0) throw fieldError('rateToUsd', 'field.rate');
  const usd = convertToUsd(amount, rateToUsd);
  if (usd === null) throw fieldError('amount', 'field.amount');
  return { amountUsd: usd, originalAmount: amount, rateToUsd };
}

const lockKey = (parkId: string, period: string) => `${parkId}:${period}`;

export const arrivalsApi = {
  'arrivals.add': mutation(arrivalAddInput, (ctx, input) => {
    const project = requireFound(getLiveProject(ctx.store.db, input.projectId), 'project', input.projectId);
    checkArrivalAllowed(project, input.arrivedOn);
    const period = input.arrivedOn.slice(0, 7);
    refuseLocked(ctx.store.db, project.parkId, period, 'arrivedOn');
    const id = randomUUID();
    const money = amountInUsd(input.currency, input.amount, input.rateToUsd);
    // An arrival of nothing is no arrival (and would count as a month with FDI in the reports).
    if (money.amountUsd <= 0) throw fieldError('amount', 'arrival.amountZero');
    insertArrival(ctx.store.db, { id, projectId: project.id, parkId: project.parkId, arrivedOn: input.arrivedOn, period, currency: input.currency, note: input.note, ...money, createdAt: ctx.at });
    const created = requireFound(getArrival(ctx.store.db, id), ARRIVAL_ENTITY, id);
    ctx.audit({ action: 'create', entity: ARRIVAL_ENTITY, entityId: `${project.id}/${id}`, before: null, after: created });
    return created;
  }),

  'arrivals.delete': mutation(idInput, (ctx, { id }) => {
    const arrival = requireFound(getArrival(ctx.store.db, id), ARRIVAL_ENTITY, id);
    refuseLocked(ctx.store.db, arrival.parkId, arrival.period, 'arrivedOn');
    deleteArrival(ctx.store.db, id);
    ctx.audit({ action: 'delete', entity: ARRIVAL_ENTITY, entityId: `${arrival.projectId}/${id}`, before: arrival, after: null });
    return { id };
  }),

  'arrivals.lockMonth': mutation(monthLockInput, (ctx, { parkId, period }) => {
    requireFound(getLivePark(ctx.store.db, parkId), 'park', parkId);
    if (isMonthLocked(ctx.store.db, parkId, period)) throw fieldError('period', 'arrival.alreadyLocked');
    lockMonth(ctx.store.db, parkId, period, ctx.at, ctx.actor);
    ctx.audit({ action: 'lock', entity: LOCK_ENTITY, entityId: lockKey(parkId, period), before: null, after: { parkId, period } });
    return { parkId, period, lockedAt: ctx.at };
  }),

  /** Reopening a reported month needs a reason, kept in the audit log next to who did it. */
  'arrivals.unlockMonth': mutation(monthUnlockInput, (ctx, { parkId, period, reason }) => {
    if (!isMonthLocked(ctx.store.db, parkId, period)) throw fieldError('period', 'arrival.notLocked');
    unlockMonth(ctx.store.db, parkId, period);
    ctx.audit({ action: 'unlock', entity: LOCK_ENTITY, entityId: lockKey(parkId, period), before: { parkId, period }, after: { unlocked: true, reason } });
    return { parkId, period };
  }),

  'arrivals.locks': query(z.object({ parkId: z.string().uuid().optional() }).default({}), ({ store }, { parkId }) => listLocks(store.db, parkId)),

  'arrivals.byMonth': query(arrivalsByMonthInput, ({ store }, { parkId, year }) => sumArrivalsByMonth(store.db, year, parkId)),
};
