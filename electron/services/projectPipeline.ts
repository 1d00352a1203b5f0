import { PROJECT_STAGES, stageIndex, type PipelineStage, type ProjectStage } from '../../db/reference/investment';
import type { ProjectRow } from '../../db/schema';
import { fieldError } from './appError';

type StageDateKey = 'leadOn' | 'negotiatingOn' | 'signedOn' | 'registeredOn' | 'underConstructionOn' | 'inProductionOn' | 'droppedOn';

const DATE_KEYS: Record<ProjectStage, StageDateKey> = {
  lead: 'leadOn',
  negotiating: 'negotiatingOn',
  signed: 'signedOn',
  registered: 'registeredOn',
  under_construction: 'underConstructionOn',
  in_production: 'inProductionOn',
  dropped: 'droppedOn',
};

export function stageDateKey(stage: ProjectStage): StageDateKey {
  return DATE_KEYS[stage];
}

/** The date of the most recent stage reached: a next stage cannot be dated before it. */
export function latestStageDate(project: Pick<ProjectRow, StageDateKey>): string | null {
  const dates = PROJECT_STAGES.map((stage) => project[DATE_KEYS[stage]]).filter((d): d is string => d !== null);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

/** The stage timeline for the project page: every pipeline stage with the date it was reached, if it was. */
export function stageTimeline(project: ProjectRow): { stage: ProjectStage; on: string | null }[] {
  const timeline: { stage: ProjectStage; on: string | null }[] = PROJECT_STAGES.map((stage) => ({ stage, on: project[DATE_KEYS[stage]] }));
  if (project.stage === 'dropped') timeline.push({ stage: 'dropped', on: project.droppedOn });
  return timeline;
}

/**
 * Moving forward may skip stages (a deal signed at the first meeting) but never goes back, never leaves
 * 终止, and is never dated before the stage it follows.
 */
export function checkAdvance(project: ProjectRow, next: PipelineStage, on: string): void {
  if (project.stage === 'dropped') throw fieldError('stage', 'project.stage.dropped');
  if (stageIndex(next) <= stageIndex(project.stage)) throw fieldError('stage', 'project.stage.backwards');
  const previous = latestStageDate(project);
  if (previous && on < previous) throw fieldError('on', 'project.stage.dateBeforePrevious');
}

export function checkDrop(project: ProjectRow, on: string): void {
  if (project.stage === 'dropped') throw fieldError('stage', 'project.stage.dropped');
  const previous = latestStageDate(project);
  if (previous && on < previous) throw fieldError('on', 'project.stage.dateBeforePrevious');
}

/** Arrivals belong to signed projects, dated on or after signing, and stop once a project is dropped. */
export function checkArrivalAllowed(project: ProjectRow, arrivedOn: string): void {
  if (project.stage === 'dropped') throw fieldError('projectId', 'arrival.projectDropped');
  if (project.stage === 'lead' || project.stage === 'negotiating') throw fieldError('projectId', 'arrival.notSigned');
  const signed = project.signedOn ?? latestStageDate(project);
  if (signed && arrivedOn < signed) throw fieldError('arrivedOn', 'arrival.beforeSigning');
}
