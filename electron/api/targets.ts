import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { listAuditFor } from '../../db/repos/auditRepo';
import { getLiveEnterprise, insertEnterprise } from '../../db/repos/enterprisesRepo';
import { getLivePark } from '../../db/repos/parksRepo';
import { countProjectsByCell, getLiveProject, insertProject } from '../../db/repos/projectsRepo';
import {
  countTargetsByCell,
  getLiveTarget,
  insertFollowUp,
  insertTarget,
  linkFollowUpsToProject,
  listFocus,
  listFollowUps,
  listTargets,
  updateTarget,
} from '../../db/repos/targetsRepo';
import type { TargetRow } from '../../db/schema';
import { fieldError } from '../services/appError';
import { stageDateKey } from '../services/projectPipeline';
import { wanToUsd } from './contract/money';
import { idInput } from './contract/parkSchemas';
import { followUpAddInput, matrixInput, targetConvertInput, targetCreateInput, targetListInput, targetUpdateInput } from './contract/targetSchemas';
import { mutation, query } from './defineMethod';
import { refuseStaleEdit, requireFound } from './requireFound';

const ENTITY = 'target';

function view({ deletedAt: _deleted, ...target }: TargetRow) {
  return target;
}

function mustGet(db: Db, id: string): TargetRow {
  return requireFound(getLiveTarget(db, id), ENTITY, id);
}

function checkPark(db: Db, parkId: string | null): void {
  if (parkId && !getLivePark(db, parkId)) throw fieldError('parkId', 'project.park.unknown');
}

export const targetsApi = {
  'targets.list': query(targetListInput, ({ store }, input) => {
    const { rows, total } = listTargets(store.db, input);
    return { rows: rows.map(({ target, nextDueOn }) => ({ ...view(target), nextDueOn })), total };
  }),

  'targets.get': query(idInput, ({ store }, { id }) => {
    const target = mustGet(store.db, id);
    return { target: view(target), followUps: listFollowUps(store.db, { targetId: id }), history: listAuditFor(store.db, ENTITY, id) };
  }),

  'targets.create': mutation(targetCreateInput, (ctx, values) => {
    checkPark(ctx.store.db, values.parkId);
    const id = randomUUID();
    insertTarget(ctx.store.db, { id, ...values, createdAt: ctx.at, updatedAt: ctx.at });
    const created = view(mustGet(ctx.store.db, id));
    ctx.audit({ action: 'create', entity: ENTITY, entityId: id, before: null, after: created });
    return created;
  }),

  'targets.update': mutation(targetUpdateInput, (ctx, { id, expectedUpdatedAt, ...values }) => {
    const before = mustGet(ctx.store.db, id);
    refuseStaleEdit(ENTITY, before, expectedUpdatedAt);
    if (before.status === 'converted') throw fieldError('status', 'target.alreadyConverted');
    checkPark(ctx.store.db, values.parkId);
    updateTarget(ctx.store.db, id, { ...values, updatedAt: ctx.at });
    const after = view(mustGet(ctx.store.db, id));
    ctx.audit({ action: 'update', entity: ENTITY, entityId: id, before: view(before), after });
    return after;
  }),

  'followUps.add': mutation(followUpAddInput, (ctx, values) => {
    if (values.targetId) mustGet(ctx.store.db, values.targetId);
    if (values.projectId) requireFound(getLiveProject(ctx.store.db, values.projectId), 'project', values.projectId);
    const id = randomUUID();
    const row = { id, ...values, createdAt: ctx.at, createdBy: ctx.actor };
    insertFollowUp(ctx.store.db, row);
    ctx.audit({ action: 'create', entity: 'follow_up', entityId: id, before: null, after: row });
    return row;
  }),

  /**
   * A target becomes a project: the enterprise is created from the target unless one is chosen, the project
   * starts at 洽谈 when talks were under way (else 线索), and the target's follow-ups move along with it.
   */
  'targets.convert': mutation(targetConvertInput, (ctx, input) => {
    const db = ctx.store.db;
    const target = mustGet(db, input.id);
    if (target.status === 'converted') throw fieldError('id', 'target.alreadyConverted');
    checkPark(db, input.parkId);
    let enterpriseId = input.enterpriseId;
    if (enterpriseId) {
      requireFound(getLiveEnterprise(db, enterpriseId), 'enterprise', enterpriseId);
    } else {
      enterpriseId = randomUUID();
      const enterprise = { id: enterpriseId, name: target.company, nameOriginal: target.companyOriginal, countryCode: target.countryCode, industryCode: target.industryCode, parkId: input.parkId, createdAt: ctx.at, updatedAt: ctx.at };
      insertEnterprise(db, enterprise);
      ctx.audit({ action: 'create', entity: 'enterprise', entityId: enterpriseId, before: null, after: enterprise });
    }
    const stage = target.status === 'negotiating' ? 'negotiating' : 'lead';
    const projectId = randomUUID();
    insertProject(db, {
      id: projectId,
      name: input.name,
      enterpriseId,
      parkId: input.parkId,
      type: input.type,
      stage,
      [stageDateKey(stage)]: input.on,
      totalInvestmentUsd: wanToUsd(input.totalInvestmentWan) ?? 0,
      sourceCountry: target.countryCode,
      industryCode: target.industryCode,
      targetId: target.id,
      owner: target.owner,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    ctx.audit({ action: 'create', entity: 'project', entityId: projectId, before: null, after: { ...input, fromTarget: target.id } });
    linkFollowUpsToProject(db, target.id, projectId);
    updateTarget(db, target.id, { status: 'converted', convertedProjectId: projectId, updatedAt: ctx.at });
    ctx.audit({ action: 'update', entity: ENTITY, entityId: target.id, before: view(target), after: view(mustGet(db, target.id)) });
    return { projectId, enterpriseId };
  }),

  /** Country × industry division: targets and projects per cell, and the cells the park chose to pursue. */
  'targeting.matrix': query(matrixInput, ({ store }, { parkId }) => {
    const cells = new Map<string, { countryCode: string; division: string; targets: number; projects: number; theme: string | null }>();
    const cell = (countryCode: string, division: string) => {
      const key = `${countryCode}:${division}`;
      if (!cells.has(key)) cells.set(key, { countryCode, division, targets: 0, projects: 0, theme: null });
      return cells.get(key)!;
    };
    for (const focus of listFocus(store.db)) cell(focus.countryCode, focus.industryCode.slice(0, 2)).theme = focus.theme;
    for (const row of countTargetsByCell(store.db, parkId)) cell(row.countryCode, row.division).targets += row.n;
    for (const row of countProjectsByCell(store.db, parkId)) cell(row.countryCode, row.division).projects += row.n;
    return [...cells.values()];
  }),
};
