import type { TFunction } from 'i18next';
import {
  ENTERPRISE_TAGS,
  FOLLOW_UP_KINDS,
  PROJECT_TYPES,
  TARGET_PRIORITIES,
  TARGET_STATUSES,
  type EnterpriseTag,
  type FollowUpKind,
  type ProjectStage,
  type ProjectType,
} from '../../../../db/reference/investment';

export type TargetStatus = (typeof TARGET_STATUSES)[number];
export type TargetPriority = (typeof TARGET_PRIORITIES)[number];

interface Option<V extends string> {
  value: V;
  label: string;
}

/** One colour per stage, light to dark along the pipeline, so a column of tags reads as progress at a glance. */
export const STAGE_COLORS: Record<ProjectStage, string> = {
  lead: 'default',
  negotiating: 'gold',
  signed: 'cyan',
  registered: 'blue',
  under_construction: 'geekblue',
  in_production: 'green',
  dropped: 'red',
};

export const PRIORITY_COLORS: Record<TargetPriority, string> = { A: 'red', B: 'orange', C: 'default' };

export const TARGET_STATUS_COLORS: Record<TargetStatus, string> = {
  tracking: 'blue',
  negotiating: 'gold',
  converted: 'green',
  shelved: 'default',
};

export const stageLabel = (stage: ProjectStage, t: TFunction) => t(`stage.${stage}`);
export const typeLabel = (type: ProjectType, t: TFunction) => t(`projectType.${type}`);
export const tagLabel = (tag: EnterpriseTag, t: TFunction) => t(`tag.${tag}`);
export const priorityLabel = (priority: TargetPriority, t: TFunction) => t(`priority.${priority}`);
export const targetStatusLabel = (status: TargetStatus, t: TFunction) => t(`targetStatus.${status}`);
export const followUpKindLabel = (kind: FollowUpKind, t: TFunction) => t(`followUpKind.${kind}`);

export function stageOptions<S extends ProjectStage>(stages: readonly S[], t: TFunction): Option<S>[] {
  return stages.map((value) => ({ value, label: stageLabel(value, t) }));
}

export const typeOptions = (t: TFunction): Option<ProjectType>[] => PROJECT_TYPES.map((value) => ({ value, label: typeLabel(value, t) }));
export const tagOptions = (t: TFunction): Option<EnterpriseTag>[] => ENTERPRISE_TAGS.map((value) => ({ value, label: tagLabel(value, t) }));
export const priorityOptions = (t: TFunction): Option<TargetPriority>[] =>
  TARGET_PRIORITIES.map((value) => ({ value, label: priorityLabel(value, t) }));
export const followUpKindOptions = (t: TFunction): Option<FollowUpKind>[] =>
  FOLLOW_UP_KINDS.map((value) => ({ value, label: followUpKindLabel(value, t) }));

export function targetStatusOptions<S extends TargetStatus>(statuses: readonly S[], t: TFunction): Option<S>[] {
  return statuses.map((value) => ({ value, label: targetStatusLabel(value, t) }));
}
