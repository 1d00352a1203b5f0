import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { listArrivalsOfProject } from '../../db/repos/arrivalsRepo';
import { listAuditFor, listAuditUnder } from '../../db/repos/auditRepo';
import { getLiveEnterprise } from '../../db/repos/enterprisesRepo';
import { getLivePark } from '../../db/repos/parksRepo';
import { getLiveProject, insertProject, listProjects, updateProject } from '../../db/repos/projectsRepo';
import { listFollowUps } from '../../db/repos/targetsRepo';
import { LARGE_PROJECT_USD } from '../../db/reference/investment';
import type { ProjectRow } from '../../db/schema';
import { fieldError } from '../services/appError';
import { daysOf } from '../services/dashboard/dashboardScope';
import { maskFields } from '../services/demo/maskName';
import { checkAdvance, checkDrop, stageDateKey, stageTimeline } from '../services/projectPipeline';
import { wanToUsd } from './contract/money';
import { idInput } from './contract/parkSchemas';
import { projectAdvanceInput, projectCreateInput, projectDropInput, projectListInput, projectUpdateInput } from './contract/projectSchemas';
import type { MutationContext } from './context';
import { mutation, query } from './defineMethod';
import { ARRIVAL_ENTITY } from './arrivals';
import { viewEnterprise } from './enterprises';
import { refuseStaleEdit, requireFound } from './requireFound';

const ENTITY = 'project';
type ProjectFields = Omit<z.output<typeof projectUpdateInput>, 'id' | 'expectedUpdatedAt'>;

function checkReferences(db: Db, values: { enterpriseId: string; parkId: string }): void {
  if (!getLiveEnterprise(db, values.enterpriseId)) throw fieldError('enterpriseId', 'project.enterprise.unknown');
  if (!getLivePark(db, values.parkId)) throw fieldError('parkId', 'project.park.unknown');
}

function toColumns({ totalInvestmentWan, contractedFdiWan, ...values }: ProjectFields) {
  return { ...values, totalInvestmentUsd: wanToUsd(totalInvestmentWan) ?? 0, contractedFdiUsd: wanToUsd(contractedFdiWan) ?? 0 };
}

function view({ deletedAt: _deleted, ...project }: ProjectRow) {
  return project;
}

function mustGet(db: Db, id: string): ProjectRow {
  return requireFound(getLiveProject(db, id), ENTITY, id);
}

/** Applies a change to a project and writes its audit row; returns the project as saved. */
function change(ctx: MutationContext, before: ProjectRow, patch: Partial<ProjectRow>) {
  updateProject(ctx.store.db, before.id, { ...patch, updatedAt: ctx.at });
  const after = view(mustGet(ctx.store.db, before.id));
  ctx.audit({ action: 'update', entity: ENTITY, entityId: before.id, before: view(before), after });
  return after;
}

/** What names an enterprise or a person in a list row; free text may name either. */
const MASKED_PROJECT_FIELDS = ['name', 'enterpriseName', 'enterpriseNameOriginal', 'owner', 'ownerPhone', 'issues', 'dropReason'] as const;

export const projectsApi = {
  'projects.list': query(projectListInput, ({ store }, { period, masked, ...input }) => {
    const { rows, total } = listProjects(store.db, { ...input, ...(period ? { activeDuring: daysOf(period) } : {}) });
    const shown = rows.map(({ project, ...joined }) => ({
      ...view(project),
      ...joined,
      isFortune500: joined.isFortune500 === true,
      isLarge: project.totalInvestmentUsd >= LARGE_PROJECT_USD,
    }));
    return { total, rows: masked ? shown.map((row) => maskFields(row, MASKED_PROJECT_FIELDS)) : shown };
  }),

  /** Everything the project page shows, in one round trip. */
  'projects.get': query(idInput, ({ store }, { id }) => {
    const project = mustGet(store.db, id);
    const enterprise = viewEnterprise(requireFound(getLiveEnterprise(store.db, project.enterpriseId), 'enterprise', project.enterpriseId));
    const arrivals = listArrivalsOfProject(store.db, id);
    return {
      project: view(project),
      enterprise,
      parkName: getLivePark(store.db, project.parkId)?.name ?? '',
      isLarge: project.totalInvestmentUsd >= LARGE_PROJECT_USD,
      isFortune500: enterprise.isFortune500 === true,
      timeline: stageTimeline(project),
      arrivals,
      arrivedUsd: arrivals.reduce((sum, a) => sum + a.amountUsd, 0),
      followUps: listFollowUps(store.db, { projectId: id, targetId: project.targetId }),
      history: listAuditFor(store.db, ENTITY, id),
      arrivalHistory: listAuditUnder(store.db, ARRIVAL_ENTITY, id),
    };
  }),

  'projects.create': mutation(projectCreateInput, (ctx, { stage, stageOn, ...values }) => {
    checkReferences(ctx.store.db, values);
    const id = randomUUID();
    insertProject(ctx.store.db, { id, ...toColumns(values), stage, [stageDateKey(stage)]: stageOn, createdAt: ctx.at, updatedAt: ctx.at });
    const created = view(mustGet(ctx.store.db, id));
    ctx.audit({ action: 'create', entity: ENTITY, entityId: id, before: null, after: created });
    return created;
  }),

  'projects.update': mutation(projectUpdateInput, (ctx, { id, expectedUpdatedAt, ...values }) => {
    const before = mustGet(ctx.store.db, id);
    refuseStaleEdit(ENTITY, before, expectedUpdatedAt);
    checkReferences(ctx.store.db, values);
    return change(ctx, before, toColumns(values));
  }),

  'projects.advance': mutation(projectAdvanceInput, (ctx, { id, stage, on }) => {
    const before = mustGet(ctx.store.db, id);
    checkAdvance(before, stage, on);
    return change(ctx, before, { stage, [stageDateKey(stage)]: on });
  }),

  'projects.drop': mutation(projectDropInput, (ctx, { id, reason, on }) => {
    const before = mustGet(ctx.store.db, id);
    checkDrop(before, on);
    return change(ctx, before, { stage: 'dropped', dropReason: reason, droppedOn: on });
  }),
};
